package dev.parley.core.account;

import java.util.Objects;

/**
 * A marketplace account. The email is private: it is never shown to the other party of a
 * thread, who sees the display name and a relay alias instead.
 *
 * @param id the id
 * @param email the registered address (login, and where buyers' notifications go)
 * @param displayName what the other party sees
 * @param role what the account is
 * @param language preferred language
 * @param businessBuyer a buyer buying for a company ("Company buyers" filter); false for
 * other roles
 */
public record Account(AccountId id, String email, String displayName, Role role, Language language,
		boolean businessBuyer) {

	public Account {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(language, "language");
		if (email == null || email.isBlank()) {
			throw new IllegalArgumentException("email must not be blank");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("display name must not be blank");
		}
		if (businessBuyer && role != Role.BUYER) {
			throw new IllegalArgumentException("only buyers can be business buyers");
		}
	}

	public boolean is(Role role) {
		return this.role == role;
	}

}
