package dev.parley.core.policy;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A view of a text for detection: Unicode NFKC (full-width {@code ＠} is {@code @},
 * {@code ①} is {@code 1}), lower case, zero-width and formatting characters removed,
 * Cyrillic and Greek look-alike letters folded to Latin ({@code gmаil} with a Cyrillic
 * {@code а} is {@code gmail}), the decimal digits of every script folded to ASCII
 * ({@code ٠٥٥٥}), every dash to {@code -}, slash-like signs to {@code /}, every kind of
 * space, tab and line break (the text's {@code br} and block boundaries) to one space,
 * and {@code o}, {@code l}, {@code i} between digits to {@code 0} and {@code 1}. Every
 * character keeps the index of the character of the original text it came from, so that
 * spans found here map back to the text the sender sees. Tokens are the runs of letters
 * and digits.
 */
final class NormalizedText {

	private static final char[] FOLD = new char[0x0530];

	static {
		String pairs = "аaбbвbеeёeкkмmнhоoрpсcтtуyхxіiїiјjѕsԁdԛqԝwӏlһhАaВbЕeЁeКkМmНhОoРpСcТtУyХxІiЇiЈjЅsԀdҮyү"
				+ "yαaβbγyεeιiκkνvοoρpτtυuχxΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxϲcϳjɑaıi";
		for (int i = 0; i + 1 < pairs.length(); i += 2) {
			char from = pairs.charAt(i);
			if (from < FOLD.length) {
				FOLD[from] = pairs.charAt(i + 1);
			}
		}
	}

	private final String source;

	private final String value;

	private final int[] origin;

	private final int[] tokenStart;

	private final int[] tokenEnd;

	private final int tokenCount;

	/**
	 * Each token's {@link String#hashCode}, for {@link WordTable} lookups of whole
	 * tokens.
	 */
	private final int[] tokenHash;

	private NormalizedText(String source, String value, int[] origin, int[] tokenStart, int[] tokenEnd, int[] tokenHash,
			int tokenCount) {
		this.tokenHash = tokenHash;
		this.source = source;
		this.value = value;
		this.origin = origin;
		this.tokenStart = tokenStart;
		this.tokenEnd = tokenEnd;
		this.tokenCount = tokenCount;
	}

	static NormalizedText of(String source) {
		int length = source.length();
		char[] out = new char[length + 16];
		int[] origin = new int[length + 16];
		int n = 0;
		for (int i = 0; i < length;) {
			char plain = source.charAt(i);
			if (plain < 0x80 && n < out.length) {
				// line breaks and tabs (br, blocks, table cells) are spaces: an address
				// or
				// number split by markup is read as one
				out[n] = (plain >= 'A' && plain <= 'Z') ? (char) (plain | 0x20) : (plain < ' ') ? ' ' : plain;
				origin[n++] = i++;
				continue;
			}
			int cp = source.codePointAt(i);
			int width = Character.charCount(cp);
			if (cp < 0x80) {
				if (n + 1 > out.length) {
					out = Arrays.copyOf(out, out.length * 2);
					origin = Arrays.copyOf(origin, origin.length * 2);
				}
				out[n] = (cp >= 'A' && cp <= 'Z') ? (char) (cp | 0x20) : (cp < ' ') ? ' ' : (char) cp;
				origin[n++] = i;
			}
			else if (!isIgnorable(cp)) {
				String folded = fold(cp);
				if (n + folded.length() > out.length) {
					out = Arrays.copyOf(out, (out.length + folded.length()) * 2);
					origin = Arrays.copyOf(origin, out.length);
				}
				for (int k = 0; k < folded.length(); k++) {
					out[n] = folded.charAt(k);
					origin[n++] = i;
				}
			}
			i += width;
		}
		foldDigitLookalikes(out, n);
		int[] starts = new int[Math.max(4, n / 4)];
		int[] ends = new int[starts.length];
		int[] hashes = new int[starts.length];
		int tokens = 0;
		int i = 0;
		while (i < n) {
			if (isWordChar(out[i])) {
				int start = i;
				int hash = 0;
				while (i < n && isWordChar(out[i])) {
					hash = 31 * hash + out[i];
					i++;
				}
				if (tokens == starts.length) {
					starts = Arrays.copyOf(starts, tokens * 2);
					ends = Arrays.copyOf(ends, tokens * 2);
					hashes = Arrays.copyOf(hashes, tokens * 2);
				}
				starts[tokens] = start;
				hashes[tokens] = hash;
				ends[tokens++] = i;
			}
			else {
				i++;
			}
		}
		return new NormalizedText(source, new String(out, 0, n), origin, starts, ends, hashes, tokens);
	}

	/**
	 * Letters that stand for digits between digits: {@code 555-O1O4} is {@code 555-0104}
	 * ({@code o} for 0, {@code l} and {@code i} for 1).
	 */
	private static void foldDigitLookalikes(char[] out, int n) {
		boolean glued = false;
		for (int i = 0; i < n; i++) {
			char c = out[i];
			if (!isLookalike(c)) {
				continue;
			}
			glued |= (i > 0 && isAsciiDigit(out[i - 1])) || (i + 1 < n && isAsciiDigit(out[i + 1]));
			int left = i - 1;
			if (left >= 1 && isPhoneSeparator(out[left])) {
				left--;
			}
			int right = i + 1;
			if (right + 1 < n && isPhoneSeparator(out[right])) {
				right++;
			}
			if (left >= 0 && right < n && isAsciiDigit(out[left]) && (isAsciiDigit(out[right])
					|| (isLookalike(out[right]) && right + 1 < n && isAsciiDigit(out[right + 1])))) {
				out[i] = (c == 'o') ? '0' : '1';
			}
		}
		if (!glued) {
			return;
		}
		// short groups of digits and look-alikes only: "O6 48 2l 73 9O"
		int start = 0;
		while (start < n) {
			int end = start;
			boolean digit = false;
			while (end < n && (isAsciiDigit(out[end]) || isLookalike(out[end]))) {
				digit |= isAsciiDigit(out[end]);
				end++;
			}
			boolean alone = (start == 0 || !Character.isLetterOrDigit(out[start - 1]))
					&& (end == n || !Character.isLetterOrDigit(out[end]));
			if (digit && alone && end - start >= 2 && end - start <= 4 && digitGroupNearby(out, n, start, end)) {
				for (int i = start; i < end; i++) {
					out[i] = (out[i] == 'o') ? '0' : (isLookalike(out[i]) ? '1' : out[i]);
				}
			}
			start = Math.max(end, start + 1);
		}
	}

	/**
	 * Whether another group of digits stands right before or after (a phone's rhythm).
	 */
	private static boolean digitGroupNearby(char[] out, int n, int start, int end) {
		boolean before = start >= 2 && isPhoneSeparator(out[start - 1]) && isAsciiDigit(out[start - 2]);
		boolean after = end + 1 < n && isPhoneSeparator(out[end]) && (isAsciiDigit(out[end + 1])
				|| (isLookalike(out[end + 1]) && end + 2 < n && isAsciiDigit(out[end + 2])));
		return before || after;
	}

	private static boolean isLookalike(char c) {
		return c == 'o' || c == 'l' || c == 'i';
	}

	private static boolean isPhoneSeparator(char c) {
		return c == '-' || c == '.' || c == ' ' || c == '/';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x80 && Character.isLetterOrDigit(c));
	}

	private static boolean isIgnorable(int cp) {
		return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064)
				|| cp == 0xfeff || cp == 0x00ad || cp == 0x180e || cp == 0x034f || (cp >= 0xfe00 && cp <= 0xfe0f)
				|| (cp >= 0xe0000 && cp <= 0xe007f);
	}

	private static String fold(int cp) {
		if (cp < FOLD.length && FOLD[cp] != 0) {
			return String.valueOf(FOLD[cp]);
		}
		if (cp == 0xa0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
			return " ";
		}
		int type = Character.getType(cp);
		if (type == Character.DECIMAL_DIGIT_NUMBER) {
			// every script's digits: Arabic-Indic, Devanagari, full-width…
			return String.valueOf((char) ('0' + Character.digit(cp, 10)));
		}
		if (type == Character.DASH_PUNCTUATION || cp == 0x2212 || cp == 0x2043 || cp == 0x2796) {
			return "-";
		}
		if (cp == 0x2044 || cp == 0x2215 || cp == 0x29f8 || cp == 0xff0f || cp == 0x2571 || cp == 0x3033) {
			return "/";
		}
		if (cp == 0xb7 || cp == 0x2022 || cp == 0x2027 || cp == 0x2219 || cp == 0x22c5 || cp == 0x2e31 || cp == 0x30fb
				|| cp == 0xff65 || cp == 0x25cf || cp == 0x2981) {
			// middle dots and bullets, between digits ("512·555·0147") or words
			return ".";
		}
		if (cp >= 0xc0 && cp <= 0xff && cp != 0xd7 && cp != 0xf7) {
			// Latin letters with diacritics are already NFKC
			return String.valueOf(Character.toChars(Character.toLowerCase(cp)));
		}
		String normalized = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
		StringBuilder lower = new StringBuilder(normalized.length());
		for (int k = 0; k < normalized.length(); k++) {
			char c = Character.toLowerCase(normalized.charAt(k));
			lower.append((c < FOLD.length && FOLD[c] != 0) ? FOLD[c] : c);
		}
		return lower.toString();
	}

	/** The normalized text. */
	String value() {
		return this.value;
	}

	/** The text it was made from. */
	String source() {
		return this.source;
	}

	int length() {
		return this.value.length();
	}

	/** Where normalized index {@code index} starts in the source. */
	int sourceStart(int index) {
		return (index < this.value.length()) ? this.origin[index] : this.source.length();
	}

	/**
	 * Where the normalized range ending (exclusively) at {@code end} ends in the source.
	 */
	int sourceEnd(int end) {
		if (end <= 0) {
			return 0;
		}
		int last = this.origin[end - 1];
		return last + Character.charCount(this.source.codePointAt(last));
	}

	/** The span in the source of a normalized range. */
	Span toSource(int start, int end) {
		int from = sourceStart(start);
		return new Span(from, Math.max(from, sourceEnd(end)));
	}

	int tokenCount() {
		return this.tokenCount;
	}

	int tokenStart(int token) {
		return this.tokenStart[token];
	}

	int tokenEnd(int token) {
		return this.tokenEnd[token];
	}

	/**
	 * The token's hash, as {@code value().substring(tokenStart, tokenEnd).hashCode()}.
	 */
	int tokenHash(int token) {
		return this.tokenHash[token];
	}

	char charAt(int index) {
		return this.value.charAt(index);
	}

}
