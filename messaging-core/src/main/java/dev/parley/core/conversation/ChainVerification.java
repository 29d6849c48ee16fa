package dev.parley.core.conversation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking a thread's hash chain: either every link holds, or the first
 * message whose link does not.
 *
 * @param thread the verified thread
 * @param messagesChecked how many messages were walked (all of them when intact; up to
 * and including the broken one otherwise)
 * @param firstBroken the first broken link, or null when the chain is intact
 */
public record ChainVerification(ThreadId thread, int messagesChecked, @Nullable BrokenLink firstBroken) {

	public ChainVerification {
		Objects.requireNonNull(thread, "thread");
		if (messagesChecked < 0) {
			throw new IllegalArgumentException("messagesChecked must not be negative");
		}
	}

	public static ChainVerification intact(ThreadId thread, int messagesChecked) {
		return new ChainVerification(thread, messagesChecked, null);
	}

	public boolean isIntact() {
		return this.firstBroken == null;
	}

	/**
	 * Why a link is broken.
	 */
	public enum Problem {

		/**
		 * The stored hash differs from the one recomputed from the stored content and the
		 * previous link: this message (or its stored hash) was changed.
		 */
		HASH_MISMATCH,

		/**
		 * The sequence numbers skip or repeat: a message before this one was removed or
		 * inserted.
		 */
		SEQUENCE_GAP

	}

	/**
	 * The first message whose link does not hold.
	 *
	 * @param message the message
	 * @param seq its sequence number as stored
	 * @param problem what is wrong
	 * @param detail a sentence for the admin
	 */
	public record BrokenLink(MessageId message, int seq, Problem problem, String detail) {

		public BrokenLink {
			Objects.requireNonNull(message, "message");
			Objects.requireNonNull(problem, "problem");
			Objects.requireNonNull(detail, "detail");
		}

	}

}
