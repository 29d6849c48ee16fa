package dev.parley.core.alias;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Draws alias local parts: 16 characters of the RFC 4648 base32 alphabet in lower case
 * (80 random bits from a {@link SecureRandom}), so that nobody can derive them from ids
 * or addresses or guess another pair's.
 */
public final class AliasGenerator {

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{16}");

	private final SecureRandom random;

	public AliasGenerator() {
		this(new SecureRandom());
	}

	public AliasGenerator(SecureRandom random) {
		this.random = random;
	}

	public String next() {
		char[] alias = new char[16];
		for (int i = 0; i < alias.length; i++) {
			alias[i] = ALPHABET[this.random.nextInt(32)];
		}
		return new String(alias);
	}

	public static boolean isWellFormed(String localPart) {
		return localPart != null && FORMAT.matcher(localPart).matches();
	}

}
