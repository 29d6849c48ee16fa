package dev.parley.core.conversation;

import java.time.Instant;
import java.util.List;

/**
 * The proof that a thread's head is in a signed checkpoint: the leaf, its index, the
 * audit path and the root it leads to, which the checkpoint's signature covers.
 *
 * @param checkpointId the checkpoint's number
 * @param checkpointAt when it was taken
 * @param treeSize the number of leaves
 * @param root the signed root, hex
 * @param leafIndex the thread's index among the leaves
 * @param messageCount the message count the checkpoint signed for the thread
 * @param head the head it signed, hex
 * @param auditPath the sibling hashes from the leaf up, hex
 * @param proven whether the path leads to the signed root and the signature holds
 */
public record CheckpointProof(long checkpointId, Instant checkpointAt, int treeSize, String root, int leafIndex,
		int messageCount, String head, List<String> auditPath, boolean proven) {

	public CheckpointProof {
		auditPath = List.copyOf(auditPath);
	}

}
