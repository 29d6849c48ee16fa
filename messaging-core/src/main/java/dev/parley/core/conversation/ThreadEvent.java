package dev.parley.core.conversation;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a thread besides a message: append-only, like messages.
 *
 * @param id the event's id
 * @param thread the thread
 * @param type what happened
 * @param actor who did it; null for the system
 * @param message the message it refers to (reports, flags), or null
 * @param at when
 * @param readSeq for read marks: the last sequence number read
 * @param reason for reports: the reason code ({@code SPAM}, {@code HARASSMENT},
 * {@code OFF_PLATFORM}, {@code REVIEW_MANIPULATION}, {@code OTHER}); for flags, its
 * source
 * @param note a free-text note, or null
 * @param actorMember for assignments: the id of the seller's team member who assigned
 * (null: the owner, or the system for round-robin); a plain id, since the team's types
 * refer to this package
 * @param assigneeMember for {@link Type#ASSIGNED}: the id of the member assigned, null
 * for the seller account's owner
 */
public record ThreadEvent(long id, ThreadId thread, Type type, @Nullable AccountId actor, @Nullable MessageId message,
		Instant at, int readSeq, @Nullable String reason, @Nullable String note, @Nullable Long actorMember,
		@Nullable Long assigneeMember) {

	public ThreadEvent {
		Objects.requireNonNull(thread, "thread");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(at, "at");
		if (assigneeMember != null && type != Type.ASSIGNED) {
			throw new IllegalArgumentException("only an assignment has an assignee");
		}
	}

	/** An event that is not an assignment. */
	public ThreadEvent(long id, ThreadId thread, Type type, @Nullable AccountId actor, @Nullable MessageId message,
			Instant at, int readSeq, @Nullable String reason, @Nullable String note) {
		this(id, thread, type, actor, message, at, readSeq, reason, note, null, null);
	}

	/** The kinds of events. */
	public enum Type {

		/** A party opened the thread; {@code readSeq} says up to where. */
		READ,

		/**
		 * A party asked to see the thread as unread again; {@code readSeq} is its read
		 * mark after the event.
		 */
		UNREAD,

		/** The seller marked the awaiting buyer messages as needing no response. */
		NO_RESPONSE_NEEDED,

		/** A party reported a message of the other party. */
		REPORT,

		/** The thread was flagged for admin review (rule hit, report or system). */
		FLAG,

		/**
		 * The thread was assigned to a member of the seller's team
		 * ({@code assigneeMember}) or to the owner (no assignee member); {@code reason}
		 * is {@code MANUAL} or {@code ROUND_ROBIN}. Seen by the seller's team and admins
		 * only.
		 */
		ASSIGNED,

		/** The thread's assignment was taken back: nobody is assigned. */
		UNASSIGNED

	}

}
