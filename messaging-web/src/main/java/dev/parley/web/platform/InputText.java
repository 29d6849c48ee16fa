package dev.parley.web.platform;

import org.jspecify.annotations.Nullable;

/**
 * What no input may contain, whichever channel it comes through: characters PostgreSQL
 * cannot store (NUL), control characters other than tab and line breaks, lone UTF-16
 * surrogates (no valid UTF-8 encodes them), the bidirectional embedding, override and
 * isolate controls that make text display as something else (U+202A–U+202E,
 * U+2066–U+2069), and values longer than any field takes. The left-to-right and
 * right-to-left marks stay allowed: they are how bidirectional text is written.
 */
public final class InputText {

	/** Longer than any field (message bodies are far shorter), shorter than abuse. */
	public static final int MAX_LENGTH = 100_000;

	private InputText() {
	}

	/**
	 * Why a value is refused.
	 * @param value the value as decoded
	 * @return a short reason, or null when the value is acceptable
	 */
	public static @Nullable String problem(String value) {
		if (value.length() > MAX_LENGTH) {
			return "longer than " + MAX_LENGTH + " characters";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == 0) {
				return "a NUL character at position " + i;
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return "a control character (U+" + hex(c) + ") at position " + i;
			}
			if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
				return "a bidirectional control (U+" + hex(c) + ") at position " + i;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
					continue;
				}
				return "a lone surrogate (U+" + hex(c) + ") at position " + i;
			}
			if (Character.isLowSurrogate(c)) {
				return "a lone surrogate (U+" + hex(c) + ") at position " + i;
			}
			if (c == '\uFFFD') {
				return "bytes that are not UTF-8 at position " + i;
			}
		}
		return null;
	}

	private static String hex(char c) {
		return String.format("%04X", (int) c);
	}

}
