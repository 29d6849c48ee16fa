package dev.parley.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying a thread's record: its hash chain walked from the stored
 * content (attachments hashed from their bytes), compared with the thread's stored head
 * and message count and, when there is one, with the latest signed external checkpoint.
 *
 * @param thread the verified thread
 * @param messagesChecked how many messages were walked
 * @param problems everything found broken, the first broken link first; empty when intact
 * @param checkpoint the inclusion proof of the thread's head in the latest checkpoint, or
 * null when no checkpoint covers the thread
 */
public record ChainVerification(ThreadId thread, int messagesChecked, List<BrokenLink> problems,
		@Nullable CheckpointProof checkpoint) {

	public ChainVerification {
		Objects.requireNonNull(thread, "thread");
		problems = List.copyOf(problems);
		if (messagesChecked < 0) {
			throw new IllegalArgumentException("messagesChecked must not be negative");
		}
	}

	public ChainVerification(ThreadId thread, int messagesChecked, @Nullable BrokenLink firstBroken) {
		this(thread, messagesChecked, (firstBroken != null) ? List.of(firstBroken) : List.of(), null);
	}

	public static ChainVerification intact(ThreadId thread, int messagesChecked) {
		return new ChainVerification(thread, messagesChecked, List.of(), null);
	}

	public boolean isIntact() {
		return this.problems.isEmpty();
	}

	/**
	 * The first thing found broken.
	 * @return the first problem, or null when intact
	 */
	public @Nullable BrokenLink firstBroken() {
		return this.problems.isEmpty() ? null : this.problems.get(0);
	}

	/**
	 * This verification with the checkpoint's evidence and what the checkpoint itself
	 * showed broken (before the chain's own problems, which it explains).
	 * @param proof the inclusion proof, or null
	 * @param checkpointProblems problems of the checkpoint (signature, replaced row)
	 * @return the combined verification
	 */
	public ChainVerification withCheckpoint(@Nullable CheckpointProof proof, List<BrokenLink> checkpointProblems) {
		List<BrokenLink> all = new ArrayList<>(checkpointProblems);
		all.addAll(this.problems);
		return new ChainVerification(this.thread, this.messagesChecked, all, proof);
	}

	/**
	 * What is broken.
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
		SEQUENCE_GAP,

		/**
		 * An attachment's bytes do not hash to the SHA-256 its message was chained with:
		 * the file (and perhaps its hash column) was swapped.
		 */
		ATTACHMENT_MISMATCH,

		/**
		 * The thread's stored message count differs from the messages stored: messages
		 * were removed or added behind the thread's back.
		 */
		COUNT_MISMATCH,

		/**
		 * The thread's stored head differs from the chain's last link.
		 */
		HEAD_MISMATCH,

		/**
		 * The chain, recomputed up to the message count of the latest checkpoint, does
		 * not end in the head that the checkpoint signed: a message at or before that
		 * point was rewritten (and the chain recomputed).
		 */
		CHECKPOINT_MISMATCH,

		/**
		 * Fewer messages are stored than the latest checkpoint signed: the thread's tail
		 * was removed.
		 */
		CHECKPOINT_MESSAGES_MISSING,

		/**
		 * The thread existed when the latest checkpoint was taken, with messages, but the
		 * checkpoint does not list it.
		 */
		NOT_IN_CHECKPOINT,

		/**
		 * The checkpoint row in the database differs from the externally kept checkpoint
		 * of the same number (or is missing, or its signature does not hold).
		 */
		CHECKPOINT_REPLACED,

		/**
		 * The external checkpoint's signature does not hold under the configured public
		 * key, or its leaves do not hash to its signed root.
		 */
		CHECKPOINT_SIGNATURE_INVALID

	}

	/**
	 * Something found broken.
	 *
	 * @param message the message it concerns, or null when it concerns the thread or the
	 * checkpoint
	 * @param seq the message's sequence number (0 when no message)
	 * @param problem what is wrong
	 * @param detail a sentence for the admin
	 */
	public record BrokenLink(@Nullable MessageId message, int seq, Problem problem, String detail) {

		public BrokenLink {
			Objects.requireNonNull(problem, "problem");
			Objects.requireNonNull(detail, "detail");
		}

	}

}
