package dev.parley.web.platform;

import java.util.Objects;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;

/**
 * Who is calling a service, whatever the channel (page session, API token, inbound
 * email).
 *
 * @param id the account
 * @param role its role
 * @param displayName its display name
 * @param language its preferred language
 */
public record Caller(AccountId id, Role role, String displayName, Language language) {

	public Caller {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(language, "language");
	}

	/**
	 * The caller acting as an account.
	 * @param account the account
	 * @return its caller
	 */
	public static Caller of(Account account) {
		return new Caller(account.id(), account.role(), account.displayName(), account.language());
	}

	public boolean is(Role role) {
		return this.role == role;
	}

}
