package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * An admin's decision, recorded forever with who, when and why.
 *
 * @param id the id
 * @param kind what was decided
 * @param seller the seller it concerns
 * @param admin who decided
 * @param flag the flag it closes, or null for a decision taken from the seller page
 * @param reason why, as the admin wrote it
 * @param at when
 */
public record AdminDecision(long id, DecisionKind kind, AccountId seller, AccountId admin, @Nullable FlagId flag,
		String reason, Instant at) {

	public AdminDecision {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(admin, "admin");
		Objects.requireNonNull(at, "at");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("every decision records a reason");
		}
	}

}
