package dev.parley.core.chain;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.BrokenLink;
import dev.parley.core.conversation.ChainVerification.Problem;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a thread's record from what is stored: walks the messages in order, recomputes
 * every link from the content (attachments by the SHA-256 of their bytes, not of the
 * stored hash column), and compares the result with the thread's stored head and message
 * count and, when given, with the head a signed checkpoint recorded. Names everything it
 * finds broken.
 */
public final class ChainVerifier {

	private ChainVerifier() {
	}

	/**
	 * Verifies a chain on its own: the links of the stored messages, with attachments as
	 * their stored hashes say.
	 * @param thread the thread
	 * @param messages its messages as stored, in sequence order
	 * @return intact, or what is broken
	 */
	public static ChainVerification verify(ThreadId thread, List<Message> messages) {
		Map<AttachmentId, String> stored = new java.util.HashMap<>();
		for (Message message : messages) {
			message.attachments().forEach((a) -> stored.put(a.id(), a.sha256()));
		}
		byte[] last = messages.isEmpty() ? HashChain.genesis() : messages.get(messages.size() - 1).hash();
		return verify(thread, messages, new StoredHead(messages.size(), last), stored, null);
	}

	/**
	 * Verifies a thread's record.
	 * @param thread the thread
	 * @param messages its messages as stored, in sequence order
	 * @param head the thread's stored message count and last link
	 * @param attachmentSha256 the SHA-256 of each attachment's stored bytes, lower-case
	 * hex
	 * @param anchor the thread's head in the latest signed checkpoint, or null
	 * @return intact, or everything broken
	 */
	public static ChainVerification verify(ThreadId thread, List<Message> messages, StoredHead head,
			Map<AttachmentId, String> attachmentSha256, @Nullable ThreadHead anchor) {
		List<BrokenLink> problems = new ArrayList<>();
		byte[] previousStored = HashChain.genesis();
		byte[] recomputed = HashChain.genesis();
		byte[] recomputedAtAnchor = null;
		int expectedSeq = 1;
		for (Message message : messages) {
			if (!message.thread().equals(thread)) {
				throw new IllegalArgumentException(message + " is not in thread " + thread);
			}
			if (message.seq() != expectedSeq) {
				problems.add(new BrokenLink(message.id(), message.seq(), Problem.SEQUENCE_GAP,
						"expected sequence number " + expectedSeq + " but found " + message.seq()
								+ ": a message was removed or inserted before this one"));
				expectedSeq = message.seq();
			}
			List<String> actual = new ArrayList<>();
			for (AttachmentInfo attachment : message.attachments()) {
				String bytesHash = attachmentSha256.get(attachment.id());
				if (bytesHash == null || !bytesHash.equals(attachment.sha256())) {
					problems.add(new BrokenLink(message.id(), message.seq(), Problem.ATTACHMENT_MISMATCH,
							"attachment " + attachment.id().value() + " (" + attachment.fileName()
									+ "): its bytes hash to " + bytesHash + ", but the message was chained with "
									+ attachment.sha256() + ": the file was swapped"));
				}
				actual.add((bytesHash != null) ? bytesHash : attachment.sha256());
			}
			byte[] canonical = CanonicalForm.of(message, actual);
			byte[] expected = HashChain.link(previousStored, canonical);
			byte[] stored = message.hash();
			if (!MessageDigest.isEqual(expected, stored)) {
				problems.add(new BrokenLink(message.id(), message.seq(), Problem.HASH_MISMATCH,
						"stored hash " + hex(stored) + " differs from the recomputed " + hex(expected)
								+ ": this message or its stored hash was changed"));
			}
			recomputed = HashChain.link(recomputed, canonical);
			if (anchor != null && message.seq() == anchor.messageCount()) {
				recomputedAtAnchor = recomputed;
			}
			previousStored = stored;
			expectedSeq++;
		}
		if (messages.size() != head.messageCount()) {
			problems.add(new BrokenLink(null, 0, Problem.COUNT_MISMATCH, "the thread records " + head.messageCount()
					+ " messages but " + messages.size() + " are stored: messages were removed or added"));
		}
		if (!MessageDigest.isEqual(previousStored, head.lastHash())) {
			problems.add(new BrokenLink(null, 0, Problem.HEAD_MISMATCH, "the thread's stored head "
					+ hex(head.lastHash()) + " differs from the chain's last link " + hex(previousStored)));
		}
		if (anchor != null) {
			if (messages.size() < anchor.messageCount()) {
				problems.add(new BrokenLink(null, messages.size() + 1, Problem.CHECKPOINT_MESSAGES_MISSING,
						"the latest checkpoint signed " + anchor.messageCount() + " messages, only " + messages.size()
								+ " are stored: messages from sequence number " + (messages.size() + 1)
								+ " on were removed"));
			}
			else if (recomputedAtAnchor == null || !MessageDigest.isEqual(recomputedAtAnchor, anchor.head())) {
				problems.add(new BrokenLink(null, anchor.messageCount(), Problem.CHECKPOINT_MISMATCH,
						"the chain recomputed from the stored content up to sequence number " + anchor.messageCount()
								+ " ends in " + ((recomputedAtAnchor != null) ? hex(recomputedAtAnchor) : "nothing")
								+ ", but the latest checkpoint signed " + hex(anchor.head())
								+ ": a message up to that point (or a file) was rewritten and the chain recomputed"));
			}
		}
		return new ChainVerification(thread, messages.size(), problems, null);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * What the thread row says about its chain.
	 *
	 * @param messageCount the stored message count
	 * @param lastHash the stored last link
	 */
	public record StoredHead(int messageCount, byte[] lastHash) {
	}

}
