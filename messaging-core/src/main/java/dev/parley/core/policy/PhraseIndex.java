package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

	private final long[] keys;

	private final Entry[][] values;

	private final int mask;

	private final int entryCount;

	PhraseIndex(Map<Category, List<String>> lists) {
		Map<Long, List<Entry>> index = new HashMap<>();
		int count = 0;
		for (Map.Entry<Category, List<String>> list : lists.entrySet()) {
			for (String phrase : list.getValue()) {
				Entry entry = compile(list.getKey(), phrase, count++);
				index.computeIfAbsent(entry.key, (key) -> new ArrayList<>()).add(entry);
			}
		}
		// open addressing over primitive keys: no boxing on the hot path
		int size = Integer.highestOneBit(Math.max(16, index.size() * 4) - 1) << 1;
		this.keys = new long[size];
		this.values = new Entry[size][];
		this.mask = size - 1;
		index.forEach((key, entries) -> {
			int slot = slot(key);
			while (this.values[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = key;
			this.values[slot] = entries.toArray(new Entry[0]);
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

	private static Entry compile(Category category, String phrase, int id) {
		String trimmed = phrase.trim();
		int literal = 0;
		while (literal < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(literal))
				&& (literal + 1 >= trimmed.length() || "?*{".indexOf(trimmed.charAt(literal + 1)) < 0)) {
			literal++;
		}
		if (literal == 0) {
			throw new IllegalArgumentException(
					"a " + category + " phrase must start with a literal letter or digit: " + phrase);
		}
		String prefix = trimmed.substring(0, Math.min(3, literal)).toLowerCase(java.util.Locale.ROOT);
		try {
			Pattern pattern = Pattern.compile("(?:" + trimmed.replace(" ", "\\s+") + ")(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			return new Entry(category, pattern, key(prefix, 0, prefix.length()), id);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("bad " + category + " phrase: " + phrase, ex);
		}
	}

	private int slot(long key) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & this.mask;
	}

	private Entry[] lookup(long key) {
		int slot = slot(key);
		while (this.values[slot] != null) {
			if (this.keys[slot] == key) {
				return this.values[slot];
			}
			slot = (slot + 1) & this.mask;
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
		Matcher[] matchers = null;
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int length = text.tokenEnd(token) - start;
			for (int prefix = Math.min(3, length); prefix >= 1; prefix--) {
				Entry[] entries = lookup(key(value, start, prefix));
				if (entries == null) {
					continue;
				}
				if (matchers == null) {
					matchers = new Matcher[this.entryCount];
				}
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
		}
		return hits;
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

	private record Entry(Category category, Pattern pattern, long key, int id) {

	}

}
