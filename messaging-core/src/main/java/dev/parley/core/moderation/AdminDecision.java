package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * An admin's decision, recorded forever with who, when and why: about a flag, about a
 * party directly (from the party's page), or about an appeal ({@code UPHOLD},
 * {@code OVERTURN}).
 *
 * @param id the id
 * @param kind what was decided (for an escalated warning: {@code SUSPEND})
 * @param party the party it concerns, buyer or seller
 * @param partyRole that party's role
 * @param admin who decided
 * @param flag the flag it closes, or null
 * @param reason why, as the party is told
 * @param internalNote what the admin noted for other admins only, or null
 * @param at when
 * @param statusBefore the party's messaging status before, or null for decisions recorded
 * before statuses were kept with them
 * @param statusAfter the party's messaging status after, or null likewise
 * @param escalated whether the ladder turned an admin's {@code WARN} into this suspension
 * @param appeal the appeal it answers, for {@code UPHOLD} and {@code OVERTURN}
 */
public record AdminDecision(long id, DecisionKind kind, AccountId party, Role partyRole, AccountId admin,
		@Nullable FlagId flag, String reason, @Nullable String internalNote, Instant at,
		@Nullable MessagingStatus statusBefore, @Nullable MessagingStatus statusAfter, boolean escalated,
		@Nullable Long appeal) {

	public AdminDecision {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(party, "party");
		Objects.requireNonNull(partyRole, "partyRole");
		Objects.requireNonNull(admin, "admin");
		Objects.requireNonNull(at, "at");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("every decision records a reason");
		}
		if ((appeal != null) != kind.decidesAppeal()) {
			throw new IllegalArgumentException("UPHOLD and OVERTURN, and only they, answer an appeal");
		}
	}

	/**
	 * What a new decision records; the store gives it an id.
	 *
	 * @param kind what was decided
	 * @param party the party concerned
	 * @param partyRole its role
	 * @param admin who decided
	 * @param flag the flag it closes, or null
	 * @param reason the reason the party is told
	 * @param internalNote the note for admins, or null
	 * @param statusBefore the status before
	 * @param statusAfter the status after
	 * @param escalated whether the ladder escalated a warning
	 * @param appeal the appeal answered, or null
	 * @param at when
	 */
	public record New(DecisionKind kind, AccountId party, Role partyRole, AccountId admin, @Nullable FlagId flag,
			String reason, @Nullable String internalNote, MessagingStatus statusBefore, MessagingStatus statusAfter,
			boolean escalated, @Nullable Long appeal, Instant at) {

		public New {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(party, "party");
			Objects.requireNonNull(statusBefore, "statusBefore");
			Objects.requireNonNull(statusAfter, "statusAfter");
			if (reason == null || reason.isBlank()) {
				throw new IllegalArgumentException("every decision records a reason");
			}
		}

	}

}
