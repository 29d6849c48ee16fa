package dev.parley.core.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The links of a thread's hash chain:
 * {@code hash_n = SHA-256(hash_(n-1) || canonical(message_n))}, starting from
 * {@link #genesis()}, 32 zero bytes.
 */
public final class HashChain {

	/** The length of a link in bytes. */
	public static final int LENGTH = 32;

	private HashChain() {
	}

	/**
	 * The link before the first message.
	 * @return 32 zero bytes (a new array)
	 */
	public static byte[] genesis() {
		return new byte[LENGTH];
	}

	/**
	 * The next link.
	 * @param previous the previous link, 32 bytes
	 * @param canonical the canonical form of the next message ({@link CanonicalForm})
	 * @return the next link, 32 bytes
	 */
	public static byte[] link(byte[] previous, byte[] canonical) {
		if (previous.length != LENGTH) {
			throw new IllegalArgumentException("a link has 32 bytes, not " + previous.length);
		}
		MessageDigest sha256 = sha256();
		sha256.update(previous);
		sha256.update(canonical);
		return sha256.digest();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
