package dev.parley.core.chain;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0) over a list of leaves:
 * {@code leaf = SHA-256(0x00 || bytes)}, {@code node = SHA-256(0x01 || left || right)},
 * the left subtree holding the largest power of two below the size. An inclusion proof
 * (audit path) lets anyone holding a leaf, its index and the signed root check that the
 * leaf is in the tree without the other leaves.
 */
public final class MerkleTree {

	private MerkleTree() {
	}

	/**
	 * The hash of a leaf.
	 * @param bytes the leaf's bytes
	 * @return its hash
	 */
	public static byte[] leafHash(byte[] bytes) {
		MessageDigest sha256 = HashChain.sha256();
		sha256.update((byte) 0);
		sha256.update(bytes);
		return sha256.digest();
	}

	/**
	 * The root over leaf hashes; the empty tree's root is {@code SHA-256()}.
	 * @param leaves the leaf hashes, in order
	 * @return the root
	 */
	public static byte[] root(List<byte[]> leaves) {
		if (leaves.isEmpty()) {
			return HashChain.sha256().digest();
		}
		return root(leaves, 0, leaves.size());
	}

	/**
	 * The audit path of a leaf: the sibling hashes from the leaf up to the root.
	 * @param leaves the leaf hashes, in order
	 * @param index the leaf's index
	 * @return the path
	 */
	public static List<byte[]> proof(List<byte[]> leaves, int index) {
		if (index < 0 || index >= leaves.size()) {
			throw new IllegalArgumentException("no leaf " + index + " among " + leaves.size());
		}
		List<byte[]> path = new ArrayList<>();
		path(leaves, index, 0, leaves.size(), path);
		return path;
	}

	/**
	 * Recomputes the root from a leaf and its audit path (RFC 9162, 2.1.3.2).
	 * @param leafHash the leaf's hash
	 * @param index its index
	 * @param size the tree's size
	 * @param path the audit path
	 * @return the root the path leads to (compare it with the signed one)
	 */
	public static byte[] rootFromProof(byte[] leafHash, int index, int size, List<byte[]> path) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size);
		}
		long fn = index;
		long sn = size - 1L;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				throw new IllegalArgumentException("the audit path is too long");
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = node(p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>= 1;
						sn >>= 1;
					}
				}
			}
			else {
				r = node(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		if (sn != 0) {
			throw new IllegalArgumentException("the audit path is too short");
		}
		return r;
	}

	private static byte[] root(List<byte[]> leaves, int from, int to) {
		int n = to - from;
		if (n == 1) {
			return leaves.get(from);
		}
		int k = split(n);
		return node(root(leaves, from, from + k), root(leaves, from + k, to));
	}

	private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> path) {
		int n = to - from;
		if (n == 1) {
			return;
		}
		int k = split(n);
		if (index - from < k) {
			path(leaves, index, from, from + k, path);
			path.add(root(leaves, from + k, to));
		}
		else {
			path(leaves, index, from + k, to, path);
			path.add(root(leaves, from, from + k));
		}
	}

	private static int split(int n) {
		return Integer.highestOneBit(n - 1);
	}

	private static byte[] node(byte[] left, byte[] right) {
		MessageDigest sha256 = HashChain.sha256();
		sha256.update((byte) 1);
		sha256.update(left);
		sha256.update(right);
		return sha256.digest();
	}

}
