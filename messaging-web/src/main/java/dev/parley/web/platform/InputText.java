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
			if (control(c)) {
				return "a control character (U+" + hex(c) + ") at position " + i;
			}
			if (bidiControl(c)) {
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

	/**
	 * The value without what {@link #problem} refuses, for channels that cannot ask the
	 * sender again (an email): NUL and other control characters, bidirectional controls
	 * and lone surrogates are removed; tabs and line breaks, paired surrogates and every
	 * other character stay. Length is not touched (the rules judge it).
	 * @param value the value as decoded
	 * @return the value, storable and displayable as written
	 */
	public static String strip(String value) {
		StringBuilder kept = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1));
			boolean drop = !pair && (control(c) || bidiControl(c) || Character.isSurrogate(c));
			if (drop && kept == null) {
				kept = new StringBuilder(value.length()).append(value, 0, i);
			}
			if (!drop && kept != null) {
				kept.append(c);
				if (pair) {
					kept.append(value.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return (kept != null) ? kept.toString() : value;
	}

	/** NUL, C0 controls other than tab and line breaks, DEL and the C1 controls. */
	private static boolean control(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/** Embeddings, overrides and isolates (not the marks). */
	private static boolean bidiControl(char c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	private static String hex(char c) {
		return String.format("%04X", (int) c);
	}

}
