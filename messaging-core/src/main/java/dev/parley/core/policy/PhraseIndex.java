package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the phrases of the word lists in a normalized text in one pass over its tokens.
 * Every phrase is a regular expression that starts with a literal word; the index maps
 * the first one to three letters of that word to the phrases, so a regular expression
 * runs only at the few word starts that can begin it (running every phrase at every
 * position would cost more than all the other rules together).
 * <p>
 * Thread-safe: immutable after construction; matchers are made per call.
 */
final class PhraseIndex {

	/** The lists a phrase can come from. */
	enum Category {

		REVIEW_MANIPULATION, OFF_PLATFORM, PROMOTIONAL_STRONG, PROMOTIONAL_WEAK, OPT_OUT, THANKS, COURTESY, CONFIRMATION

	}

	/** Phrases whose first word is a whole literal word, by that word. */
	private final String[] exactKeys;

	private final Entry[][] exactValues;

	private final int exactMask;

	/**
	 * Phrases whose first word goes on past its literal start ({@code coupons?}), by 1 to
	 * 3 letters.
	 */
	private final long[] prefixKeys;

	private final Entry[][] prefixValues;

	private final int prefixMask;

	private final int entryCount;

	PhraseIndex(Map<Category, List<String>> lists) {
		Map<String, List<Entry>> exact = new HashMap<>();
		Map<Long, List<Entry>> prefix = new HashMap<>();
		int count = 0;
		for (Map.Entry<Category, List<String>> list : lists.entrySet()) {
			for (String phrase : list.getValue()) {
				Entry entry = compile(list.getKey(), phrase, count++);
				if (entry.exact) {
					exact.computeIfAbsent(entry.literal, (key) -> new ArrayList<>()).add(entry);
				}
				else {
					prefix.computeIfAbsent(key(entry.literal, 0, entry.literal.length()), (key) -> new ArrayList<>())
						.add(entry);
				}
			}
		}
		// open addressing over the keys: no boxing and no substrings on the hot path
		int exactSize = tableSize(exact.size());
		this.exactKeys = new String[exactSize];
		this.exactValues = new Entry[exactSize][];
		this.exactMask = exactSize - 1;
		exact.forEach((key, entries) -> {
			int slot = hash(key, 0, key.length()) & this.exactMask;
			while (this.exactKeys[slot] != null) {
				slot = (slot + 1) & this.exactMask;
			}
			this.exactKeys[slot] = key;
			this.exactValues[slot] = entries.toArray(new Entry[0]);
		});
		int prefixSize = tableSize(prefix.size());
		this.prefixKeys = new long[prefixSize];
		this.prefixValues = new Entry[prefixSize][];
		this.prefixMask = prefixSize - 1;
		prefix.forEach((key, entries) -> {
			int slot = mix(key) & this.prefixMask;
			while (this.prefixValues[slot] != null) {
				slot = (slot + 1) & this.prefixMask;
			}
			this.prefixKeys[slot] = key;
			this.prefixValues[slot] = entries.toArray(new Entry[0]);
		});
		this.entryCount = count;
	}

	static PhraseIndex of(PolicySettings.Words words) {
		Map<Category, List<String>> lists = new EnumMap<>(Category.class);
		lists.put(Category.REVIEW_MANIPULATION, words.reviewManipulation());
		lists.put(Category.OFF_PLATFORM, words.offPlatform());
		lists.put(Category.PROMOTIONAL_STRONG, words.promotionalStrong());
		lists.put(Category.PROMOTIONAL_WEAK, words.promotionalWeak());
		lists.put(Category.OPT_OUT, words.optOut());
		lists.put(Category.THANKS, words.thanks());
		lists.put(Category.COURTESY, words.courtesy());
		lists.put(Category.CONFIRMATION, words.confirmations());
		return new PhraseIndex(lists);
	}

	/**
	 * Compiles a phrase. Its literal start is a whole word when what follows it cannot
	 * continue the word (a space, the end, punctuation); otherwise ({@code coupons?},
	 * {@code cup[oó]n}, {@code unsubscrib\w*}) the phrase is found by the word's first
	 * letters.
	 */
	private static Entry compile(Category category, String phrase, int id) {
		String trimmed = phrase.trim();
		int depth = 0;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == ']') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				throw new IllegalArgumentException(
						"a " + category + " phrase cannot be an alternation at its top level (make two): " + phrase);
			}
		}
		int literal = 0;
		while (literal < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(literal))
				&& (literal + 1 >= trimmed.length() || "?*{+".indexOf(trimmed.charAt(literal + 1)) < 0)) {
			literal++;
		}
		if (literal == 0) {
			throw new IllegalArgumentException(
					"a " + category + " phrase must start with a literal letter or digit: " + phrase);
		}
		boolean exact = wordEndsAt(trimmed, literal);
		String word = trimmed.substring(0, exact ? literal : Math.min(3, literal)).toLowerCase(Locale.ROOT);
		try {
			Pattern pattern = Pattern.compile(
					"(?:" + trimmed.replace(" ?", "\\s*").replace(" ", "\\s+") + ")(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			return new Entry(category, pattern, word, exact, id);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("bad " + category + " phrase: " + phrase, ex);
		}
	}

	/** Whether the regular expression cannot continue a word at {@code at}. */
	private static boolean wordEndsAt(String regex, int at) {
		if (at >= regex.length()) {
			return true;
		}
		char next = regex.charAt(at);
		if (next == ' ') {
			return at + 1 >= regex.length() || "?*{+".indexOf(regex.charAt(at + 1)) < 0;
		}
		if (next == '\\') {
			return at + 1 < regex.length() && !Character.isLetter(regex.charAt(at + 1));
		}
		return !(Character.isLetterOrDigit(next) || next == '(' || next == '[' || next == '.');
	}

	private static int tableSize(int entries) {
		return Integer.highestOneBit(Math.max(16, entries * 4) - 1) << 1;
	}

	private static int mix(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
	}

	private static int hash(CharSequence text, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		return hash ^ (hash >>> 16);
	}

	private Entry[] exact(String text, int from, int to) {
		int slot = hash(text, from, to) & this.exactMask;
		int length = to - from;
		while (this.exactKeys[slot] != null) {
			String key = this.exactKeys[slot];
			if (key.length() == length && text.regionMatches(from, key, 0, length)) {
				return this.exactValues[slot];
			}
			slot = (slot + 1) & this.exactMask;
		}
		return null;
	}

	private Entry[] prefix(long key) {
		int slot = mix(key) & this.prefixMask;
		while (this.prefixValues[slot] != null) {
			if (this.prefixKeys[slot] == key) {
				return this.prefixValues[slot];
			}
			slot = (slot + 1) & this.prefixMask;
		}
		return null;
	}

	private static long key(CharSequence text, int from, int length) {
		long key = length;
		for (int i = 0; i < length; i++) {
			key = (key << 20) | text.charAt(from + i);
		}
		return key;
	}

	/**
	 * Every phrase in a text.
	 * @param text the normalized text
	 * @return the hits in normalized positions, by start
	 */
	List<Hit> find(NormalizedText text) {
		List<Hit> hits = new ArrayList<>(4);
		String value = text.value();
		Matcher[] matchers = new Matcher[this.entryCount];
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			Entry[] entries = exact(value, start, end);
			if (entries != null) {
				match(entries, matchers, value, start, hits);
			}
			for (int prefix = Math.min(3, end - start); prefix >= 1; prefix--) {
				entries = prefix(key(value, start, prefix));
				if (entries != null) {
					match(entries, matchers, value, start, hits);
				}
			}
		}
		return hits;
	}

	private static void match(Entry[] entries, Matcher[] matchers, String value, int start, List<Hit> hits) {
		for (Entry entry : entries) {
			Matcher matcher = matchers[entry.id];
			if (matcher == null) {
				matcher = entry.pattern.matcher(value);
				matcher.useTransparentBounds(true);
				matcher.useAnchoringBounds(false);
				matchers[entry.id] = matcher;
			}
			matcher.region(start, value.length());
			if (matcher.lookingAt() && matcher.end() > start) {
				hits.add(new Hit(entry.category, start, matcher.end()));
			}
		}
	}

	/**
	 * A phrase found.
	 *
	 * @param category its list
	 * @param start start in the normalized text
	 * @param end end in the normalized text
	 */
	record Hit(Category category, int start, int end) {

	}

	private record Entry(Category category, Pattern pattern, String literal, boolean exact, int id) {

	}

}
