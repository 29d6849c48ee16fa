package dev.parley.web.security;

import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.web.platform.Caller;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account: Spring Security's user with the account's id, role, display name
 * and language, so that controllers and services never look the account up again.
 */
public class ParleyUser extends User {

	private final AccountId accountId;

	private final Role role;

	private final String displayName;

	private final Language language;

	public ParleyUser(Account account, String passwordHash) {
		super(account.email(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		this.accountId = account.id();
		this.role = account.role();
		this.displayName = account.displayName();
		this.language = account.language();
	}

	public AccountId accountId() {
		return this.accountId;
	}

	public Role role() {
		return this.role;
	}

	public String displayName() {
		return this.displayName;
	}

	public Language language() {
		return this.language;
	}

	public Caller toCaller() {
		return new Caller(this.accountId, this.role, this.displayName, this.language);
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
