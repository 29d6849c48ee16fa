package dev.parley.web.security;

import java.util.Optional;

import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.team.Members;
import dev.parley.web.platform.InputText;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login by their registered address, and members of sellers'
 * teams by theirs (a member who is not active is a disabled user: the password check
 * still runs, then the login fails like a wrong password).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Members members;

	AccountUserDetailsService(Accounts accounts, Members members) {
		this.accounts = accounts;
		this.members = members;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		if (InputText.problem(email) != null || email.length() > 320) {
			// No account has such an address; the database could not even compare it.
			throw new UsernameNotFoundException("no account for the given address");
		}
		Optional<UserDetails> account = this.accounts.findCredentials(email)
			.map((credentials) -> new ParleyUser(credentials.account(), credentials.passwordHash()));
		return account
			.or(() -> this.members.findCredentials(email)
				.filter((credentials) -> credentials.passwordHash() != null)
				.flatMap((credentials) -> this.accounts.find(credentials.member().seller())
					.filter((seller) -> seller.is(Role.SELLER))
					.map((seller) -> new ParleyUser(seller, credentials.member(), credentials.passwordHash()))))
			.orElseThrow(() -> new UsernameNotFoundException("no account for the given address"));
	}

}
