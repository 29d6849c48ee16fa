package dev.parley.core.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * A thread queued for admin review. Open until an admin decides on it.
 *
 * @param id the id
 * @param thread the flagged thread
 * @param seller the seller of the thread
 * @param party the party whose conduct is in question: the sender of the flagged message
 * (a rule hit, the reported message of a report), else the seller
 * @param partyRole that party's role, {@code BUYER} or {@code SELLER}
 * @param message the message concerned, or null for a thread-level flag
 * @param source where the flag comes from
 * @param reason the report reason, the rule ids, or the system's reason code
 * @param note free text: the reporter's note or the system's explanation; may be null
 * @param spans the flagged parts of the message
 * @param raisedAt when
 * @param raisedBy the reporter, or null for rules and the system
 * @param decision the decision that closed it, or null while open
 */
public record Flag(FlagId id, ThreadId thread, AccountId seller, AccountId party, Role partyRole,
		@Nullable MessageId message, FlagSource source, String reason, @Nullable String note, List<FlagSpan> spans,
		Instant raisedAt, @Nullable AccountId raisedBy, @Nullable AdminDecision decision) {

	public Flag {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(thread, "thread");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(party, "party");
		if (partyRole != Role.BUYER && partyRole != Role.SELLER) {
			throw new IllegalArgumentException("a flag is about a buyer or a seller, not " + partyRole);
		}
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(raisedAt, "raisedAt");
		spans = List.copyOf(spans);
	}

	public boolean isOpen() {
		return this.decision == null;
	}

}
