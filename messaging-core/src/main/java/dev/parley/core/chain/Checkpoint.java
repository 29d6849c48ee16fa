package dev.parley.core.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import dev.parley.core.conversation.ThreadHead;

/**
 * A signed checkpoint of the whole record: the Merkle root ({@link MerkleTree}) over the
 * head of every thread with messages, in thread order, signed with Ed25519 by a key that
 * lives outside the database. Whoever holds the public key and a copy of the checkpoint
 * kept outside the database can prove each thread's head against it; an owner of the
 * database who rewrites a chain, drops a tail or swaps a file cannot produce a matching
 * signature.
 *
 * @param id the checkpoint's number, increasing
 * @param createdAt when it was taken (microseconds)
 * @param treeSize the number of leaves (threads with messages)
 * @param root the Merkle root, 32 bytes
 * @param keyId the signing key's id ({@link #keyId(PublicKey)})
 * @param signature the Ed25519 signature of {@link #signedBytes()}
 */
public record Checkpoint(long id, Instant createdAt, int treeSize, byte[] root, String keyId, byte[] signature) {

	static final String VERSION = "parley.checkpoint.v1";

	public Checkpoint {
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(keyId, "keyId");
		if (root.length != HashChain.LENGTH) {
			throw new IllegalArgumentException("a root has 32 bytes");
		}
		createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
		root = root.clone();
		signature = signature.clone();
	}

	/**
	 * Takes and signs a checkpoint over the heads.
	 * @param id its number
	 * @param at now
	 * @param heads every thread's head, in thread order
	 * @param key the Ed25519 private key
	 * @param publicKey its public key (for the key id)
	 * @return the signed checkpoint
	 */
	public static Checkpoint sign(long id, Instant at, List<ThreadHead> heads, PrivateKey key, PublicKey publicKey) {
		byte[] root = MerkleTree.root(heads.stream().map((h) -> MerkleTree.leafHash(h.leafBytes())).toList());
		Checkpoint unsigned = new Checkpoint(id, at, heads.size(), root, keyId(publicKey), new byte[0]);
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(key);
			ed25519.update(unsigned.signedBytes());
			return new Checkpoint(id, unsigned.createdAt(), heads.size(), root, unsigned.keyId(), ed25519.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("signing a checkpoint failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Whether the signature holds under the key.
	 * @param key the Ed25519 public key
	 * @return true when it does
	 */
	public boolean signatureHolds(PublicKey key) {
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(key);
			ed25519.update(signedBytes());
			return ed25519.verify(this.signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/**
	 * What is signed:
	 * {@code parley.checkpoint.v1\n<id>\n<micros>\n<size>\n<root hex>\n<keyId>}.
	 * @return the bytes
	 */
	public byte[] signedBytes() {
		return (VERSION + "\n" + this.id + "\n" + ChronoUnit.MICROS.between(Instant.EPOCH, this.createdAt) + "\n"
				+ this.treeSize + "\n" + hex(this.root) + "\n" + this.keyId)
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A key's id: the first 16 hex digits of the SHA-256 of its encoded form.
	 * @param key the public key
	 * @return the id
	 */
	public static String keyId(PublicKey key) {
		MessageDigest sha256 = HashChain.sha256();
		return hex(sha256.digest(key.getEncoded())).substring(0, 16);
	}

	@Override
	public byte[] root() {
		return this.root.clone();
	}

	@Override
	public byte[] signature() {
		return this.signature.clone();
	}

	public String rootHex() {
		return hex(this.root);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint that && this.id == that.id && this.createdAt.equals(that.createdAt)
				&& this.treeSize == that.treeSize && Arrays.equals(this.root, that.root)
				&& this.keyId.equals(that.keyId) && Arrays.equals(this.signature, that.signature);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.createdAt, this.treeSize, Arrays.hashCode(this.root));
	}

	@Override
	public String toString() {
		return "Checkpoint[" + this.id + " at " + this.createdAt + ", " + this.treeSize + " threads, root " + rootHex()
				+ "]";
	}

}
