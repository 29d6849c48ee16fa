package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A party's appeal against a {@code WARN} or {@code SUSPEND} decision: one per decision,
 * with the party's text; open until an admin upholds or overturns it.
 *
 * @param id the id
 * @param decision the decision appealed
 * @param party who appeals (the decision's party)
 * @param text what they say
 * @param at when
 * @param outcome the {@code UPHOLD} or {@code OVERTURN} decision, or null while open
 */
public record Appeal(long id, AdminDecision decision, AccountId party, String text, Instant at,
		@Nullable AdminDecision outcome) {

	public Appeal {
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(party, "party");
		Objects.requireNonNull(at, "at");
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("an appeal says why");
		}
	}

	public boolean isOpen() {
		return this.outcome == null;
	}

}
