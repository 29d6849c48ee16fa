package dev.parley.core.conversation;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What appending one message changes in its thread besides the message itself, as the
 * thread model decided it. The store writes it as given and decides nothing.
 *
 * @param visibility who may see the message
 * @param awaitingSince the arrival of the oldest buyer message still awaiting an answer
 * after this message, or null when nothing awaits
 * @param answered the response-time record this message writes (a seller answer), or null
 * @param reviewRequested whether this message is the order's review request
 */
public record ThreadChange(Visibility visibility, @Nullable Instant awaitingSince, @Nullable Answer answered,
		boolean reviewRequested) {

	public ThreadChange {
		Objects.requireNonNull(visibility, "visibility");
	}

	/**
	 * When the seller's answer is due after this message.
	 * @return 24 hours after {@link #awaitingSince()}, or null
	 */
	public @Nullable Instant dueAt() {
		return (this.awaitingSince != null) ? this.awaitingSince.plus(ThreadSummary.RESPONSE_DUE) : null;
	}

	/**
	 * A system note: seen by the seller only, changes nothing else.
	 * @param awaitingSince the thread's awaiting state, unchanged
	 * @return the change
	 */
	public static ThreadChange note(@Nullable Instant awaitingSince) {
		return new ThreadChange(Visibility.SELLER, awaitingSince, null, false);
	}

	/**
	 * A seller's answer to the buyer messages awaiting since a time.
	 *
	 * @param awaitedSince the arrival of the oldest awaiting buyer message
	 * @param answeredAt when the answer was stored
	 */
	public record Answer(Instant awaitedSince, Instant answeredAt) {

		public Answer {
			Objects.requireNonNull(awaitedSince, "awaitedSince");
			Objects.requireNonNull(answeredAt, "answeredAt");
		}

	}

}
