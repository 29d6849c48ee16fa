package dev.parley.web.security;

import dev.parley.core.account.Accounts;

import dev.parley.web.platform.InputText;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login by their registered address.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		if (InputText.problem(email) != null || email.length() > 320) {
			// No account has such an address; the database could not even compare it.
			throw new UsernameNotFoundException("no account for the given address");
		}
		return this.accounts.findCredentials(email)
			.map((credentials) -> new ParleyUser(credentials.account(), credentials.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no account for the given address"));
	}

}
