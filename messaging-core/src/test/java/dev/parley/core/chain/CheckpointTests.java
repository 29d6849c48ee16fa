package dev.parley.core.chain;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.Problem;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointTests {

	@Test
	void everyLeafOfTreesOfEverySizeHasAProofThatLeadsToTheRoot() {
		for (int size = 1; size <= 33; size++) {
			List<byte[]> leaves = leaves(size);
			byte[] root = MerkleTree.root(leaves);
			for (int i = 0; i < size; i++) {
				List<byte[]> path = MerkleTree.proof(leaves, i);
				assertThat(MerkleTree.rootFromProof(leaves.get(i), i, size, path)).as(size + "/" + i).isEqualTo(root);
				if (size > 1) {
					byte[] other = leaves.get((i + 1) % size);
					assertThat(MerkleTree.rootFromProof(other, i, size, path)).isNotEqualTo(root);
				}
			}
		}
	}

	@Test
	void theRootFollowsRfc9162() {
		byte[] a = MerkleTree.leafHash(new byte[] { 1 });
		byte[] b = MerkleTree.leafHash(new byte[] { 2 });
		byte[] c = MerkleTree.leafHash(new byte[] { 3 });
		byte[] ab = HashChainTests.sha256(concat(new byte[] { 1 }, a, b));
		assertThat(MerkleTree.root(List.of(a, b, c))).isEqualTo(HashChainTests.sha256(concat(new byte[] { 1 }, ab, c)));
	}

	@Test
	void aSignedCheckpointHoldsOnlyUnderItsKeyAndUnchanged() {
		KeyPair keys = keys();
		List<ThreadHead> heads = List.of(new ThreadHead(ThreadId.of(1), 3, new byte[32]),
				new ThreadHead(ThreadId.of(2), 1, HashChainTests.sha256(new byte[] { 9 })));
		Checkpoint checkpoint = Checkpoint.sign(5, Instant.parse("2026-12-01T10:00:00Z"), heads, keys.getPrivate(),
				keys.getPublic());

		assertThat(checkpoint.signatureHolds(keys.getPublic())).isTrue();
		assertThat(checkpoint.signatureHolds(keys().getPublic())).isFalse();
		Checkpoint forged = new Checkpoint(5, checkpoint.createdAt(), 2, new byte[32], checkpoint.keyId(),
				checkpoint.signature());
		assertThat(forged.signatureHolds(keys.getPublic())).isFalse();
		assertThat(ThreadHead.parse(heads.get(1).line())).isEqualTo(heads.get(1));
	}

	@Test
	void aRecomputedChainIsCaughtByTheCheckpointAndADroppedTailByTheCount() {
		List<Message> chain = HashChainTests.chain(4);
		ThreadHead anchor = new ThreadHead(HashChainTests.THREAD, 4, chain.get(3).hash());
		ChainVerifier.StoredHead head = new ChainVerifier.StoredHead(4, chain.get(3).hash());
		assertThat(ChainVerifier.verify(HashChainTests.THREAD, chain, head, Map.of(), anchor).isIntact()).isTrue();

		// Edit message 2 and recompute every link and the head: the chain holds, the
		// checkpoint does not.
		List<Message> rewritten = new ArrayList<>();
		byte[] previous = HashChain.genesis();
		for (Message m : chain) {
			Message content = (m.seq() == 2)
					? HashChainTests.copy(m, m.thread(), 2, m.sentAt(), "edited", false, List.of(), List.of()) : m;
			byte[] hash = HashChain.link(previous, CanonicalForm.of(content));
			rewritten.add(HashChainTests.copyWithHash(content, hash));
			previous = hash;
		}
		ChainVerification edited = ChainVerifier.verify(HashChainTests.THREAD, rewritten,
				new ChainVerifier.StoredHead(4, previous), Map.of(), anchor);
		assertThat(edited.problems()).extracting(ChainVerification.BrokenLink::problem)
			.containsExactly(Problem.CHECKPOINT_MISMATCH);

		// Drop the last two and fix the head and count.
		List<Message> truncated = chain.subList(0, 2);
		ChainVerification dropped = ChainVerifier.verify(HashChainTests.THREAD, truncated,
				new ChainVerifier.StoredHead(2, chain.get(1).hash()), Map.of(), anchor);
		assertThat(dropped.problems()).extracting(ChainVerification.BrokenLink::problem)
			.containsExactly(Problem.CHECKPOINT_MESSAGES_MISSING);
		assertThat(dropped.firstBroken().seq()).isEqualTo(3);

		// Without a checkpoint the thread row's count and head still catch a dropped
		// tail.
		ChainVerification headless = ChainVerifier.verify(HashChainTests.THREAD, truncated, head, Map.of(), null);
		assertThat(headless.problems()).extracting(ChainVerification.BrokenLink::problem)
			.containsExactly(Problem.COUNT_MISMATCH, Problem.HEAD_MISMATCH);
	}

	private static List<byte[]> leaves(int size) {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			leaves.add(MerkleTree.leafHash(HexFormat.of().parseHex(String.format("%08x", i))));
		}
		return leaves;
	}

	private static byte[] concat(byte[]... parts) {
		byte[] result = new byte[0];
		for (byte[] part : parts) {
			result = HashChainTests.concat(result, part);
		}
		return result;
	}

	private static KeyPair keys() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
