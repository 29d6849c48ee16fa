package dev.parley.core.chain;

import java.security.MessageDigest;
import java.util.HexFormat;

import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.BrokenLink;
import dev.parley.core.conversation.ChainVerification.Problem;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;

/**
 * Walks a thread's messages in order, recomputes every link from the stored content and
 * names the first message whose sequence number or stored hash does not match.
 */
public final class ChainVerifier {

	private ChainVerifier() {
	}

	/**
	 * Verifies a thread.
	 * @param thread the thread
	 * @param messages its messages as stored, in sequence order
	 * @return intact, or the first broken link
	 */
	public static ChainVerification verify(ThreadId thread, Iterable<Message> messages) {
		byte[] previous = HashChain.genesis();
		int expectedSeq = 1;
		int checked = 0;
		for (Message message : messages) {
			checked++;
			if (!message.thread().equals(thread)) {
				throw new IllegalArgumentException(message + " is not in thread " + thread);
			}
			if (message.seq() != expectedSeq) {
				return broken(thread, checked, message, Problem.SEQUENCE_GAP, "expected sequence number " + expectedSeq
						+ " but found " + message.seq() + ": a message was removed or inserted before this one");
			}
			byte[] expected = HashChain.link(previous, CanonicalForm.of(message));
			byte[] stored = message.hash();
			if (!MessageDigest.isEqual(expected, stored)) {
				return broken(thread, checked, message, Problem.HASH_MISMATCH,
						"stored hash " + hex(stored) + " differs from the recomputed " + hex(expected)
								+ ": this message or its stored hash was changed");
			}
			previous = stored;
			expectedSeq++;
		}
		return ChainVerification.intact(thread, checked);
	}

	private static ChainVerification broken(ThreadId thread, int checked, Message message, Problem problem,
			String detail) {
		return new ChainVerification(thread, checked, new BrokenLink(message.id(), message.seq(), problem, detail));
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
