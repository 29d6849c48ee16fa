package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

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

		REVIEW_MANIPULATION(Lexicon.Section.REVIEW_MANIPULATION), OFF_PLATFORM(Lexicon.Section.OFF_PLATFORM),
		PROMOTIONAL_STRONG(Lexicon.Section.PROMOTIONAL_STRONG), PROMOTIONAL_WEAK(Lexicon.Section.PROMOTIONAL_WEAK),
		OPT_OUT(Lexicon.Section.OPT_OUT), THANKS(Lexicon.Section.THANKS), COURTESY(Lexicon.Section.COURTESY),
		CONFIRMATION(Lexicon.Section.CONFIRMATION), SUBSTANCE(Lexicon.Section.SUBSTANCE),
		REVIEW_ASK(Lexicon.Section.REVIEW_ASKS);

		private final Lexicon.Section section;

		Category(Lexicon.Section section) {
			this.section = section;
		}

	}

	/**
	 * Phrases by the first three letters of their first word (the whole word when it is
	 * shorter): one probe per token finds every candidate.
	 */
	private final long[] keys;

	private final Entry[][] values;

	private final int mask;

	/** Phrases whose first word continues after a literal start of one or two letters. */
	private final long[] shortKeys;

	private final Entry[][] shortValues;

	private final int shortMask;

	private final boolean[] shortFirst = new boolean[128];

	private boolean shortNonAscii;

	private final int entryCount;

	private final boolean hasExclusions;

	PhraseIndex(Map<Category, List<String>> lists) {
		Map<Long, List<Entry>> main = new HashMap<>();
		Map<Long, List<Entry>> shortPrefixes = new HashMap<>();
		int count = 0;
		boolean exclusions = false;
		for (Map.Entry<Category, List<String>> list : lists.entrySet()) {
			for (String phrase : list.getValue()) {
				Entry entry = compile(list.getKey(), phrase, count++);
				exclusions |= entry.exclusion;
				String literal = entry.literal;
				if (!entry.exact && literal.length() < 3) {
					shortPrefixes.computeIfAbsent(key(literal, 0, literal.length()), (key) -> new ArrayList<>())
						.add(entry);
					char first = literal.charAt(0);
					if (first < 128) {
						this.shortFirst[first] = true;
					}
					else {
						this.shortNonAscii = true;
					}
				}
				else {
					main.computeIfAbsent(key(literal, 0, Math.min(3, literal.length())), (key) -> new ArrayList<>())
						.add(entry);
				}
			}
		}
		// open addressing over primitive keys: no boxing and no substrings on the hot
		// path
		int size = tableSize(main.size());
		this.keys = new long[size];
		this.values = new Entry[size][];
		this.mask = size - 1;
		fill(main, this.keys, this.values, this.mask);
		int shortSize = tableSize(shortPrefixes.size());
		this.shortKeys = new long[shortSize];
		this.shortValues = new Entry[shortSize][];
		this.shortMask = shortSize - 1;
		fill(shortPrefixes, this.shortKeys, this.shortValues, this.shortMask);
		this.entryCount = count;
		this.hasExclusions = exclusions;
	}

	private static void fill(Map<Long, List<Entry>> entries, long[] keys, Entry[][] values, int mask) {
		entries.forEach((key, list) -> {
			int slot = mix(key) & mask;
			while (values[slot] != null) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			values[slot] = list.toArray(new Entry[0]);
		});
	}

	static PhraseIndex of(PolicySettings.Words words) {
		return of(words, EnumSet.allOf(Category.class));
	}

	/**
	 * The index of some lists: the engine keeps apart the lists that only some messages
	 * need (the gist of proactive messages, the asks next to a review noun), so that the
	 * others do not pay for them.
	 */
	static PhraseIndex of(PolicySettings.Words words, Set<Category> categories) {
		Map<Category, List<String>> lists = new EnumMap<>(Category.class);
		for (Category category : categories) {
			lists.put(category, words.all(category.section));
		}
		return new PhraseIndex(lists);
	}

	/** The lists the rules read on every message. */
	static final Set<Category> ALWAYS = EnumSet.of(Category.REVIEW_MANIPULATION, Category.OFF_PLATFORM,
			Category.PROMOTIONAL_STRONG, Category.PROMOTIONAL_WEAK, Category.OPT_OUT);

	/** The lists of a proactive message's gist. */
	static final Set<Category> GIST = EnumSet.of(Category.THANKS, Category.COURTESY, Category.CONFIRMATION,
			Category.SUBSTANCE);

	/**
	 * Compiles a phrase. Its literal start is a whole word when what follows it cannot
	 * continue the word (a space, the end, punctuation); otherwise ({@code coupons?},
	 * {@code cup[oó]n}, {@code unsubscrib\w*}) the phrase is found by the word's first
	 * letters.
	 */
	private static Entry compile(Category category, String phrase, int id) {
		boolean exclusion = phrase.trim().startsWith("!");
		String trimmed = exclusion ? phrase.trim().substring(1).trim() : phrase.trim();
		if (Lexicon.topLevelAlternatives(trimmed).size() > 1) {
			throw new IllegalArgumentException(
					"a " + category + " phrase cannot be an alternation at its top level (make two): " + phrase);
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
		String word = trimmed.substring(0, literal).toLowerCase(Locale.ROOT);
		try {
			Pattern pattern = Pattern
				.compile("(?:" + trimmed.replace("\\S+ ", "\\S++ ").replace(" ?", "\\s*").replace(" ", "\\s+")
						+ ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			return new Entry(category, pattern, word, exact, exact ? nextWordStarts(trimmed, literal) : null, id,
					exclusion);
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

	private static Entry[] lookup(long key, long[] keys, Entry[][] values, int mask) {
		int slot = mix(key) & mask;
		while (values[slot] != null) {
			if (keys[slot] == key) {
				return values[slot];
			}
			slot = (slot + 1) & mask;
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
			int length = end - start;
			Entry[] entries = lookup(key(value, start, Math.min(3, length)), this.keys, this.values, this.mask);
			if (entries != null) {
				match(entries, matchers, value, start, end, hits);
			}
			char first = value.charAt(start);
			if ((first < 128) ? this.shortFirst[first] : this.shortNonAscii) {
				for (int prefix = Math.min(2, length); prefix >= 1; prefix--) {
					entries = lookup(key(value, start, prefix), this.shortKeys, this.shortValues, this.shortMask);
					if (entries != null) {
						match(entries, matchers, value, start, end, hits);
					}
				}
			}
		}
		return this.hasExclusions ? withoutExcluded(hits) : hits;
	}

	/**
	 * The hits that no exclusion of their list covers ("the driver can call me" covers
	 * "call me"); exclusions themselves are not hits.
	 */
	private static List<Hit> withoutExcluded(List<Hit> hits) {
		List<Hit> kept = new ArrayList<>(hits.size());
		for (Hit hit : hits) {
			if (hit.exclusion()) {
				continue;
			}
			boolean excluded = false;
			for (Hit other : hits) {
				if (other.exclusion() && other.category() == hit.category() && other.start() <= hit.start()
						&& other.end() >= hit.end()) {
					excluded = true;
					break;
				}
			}
			if (!excluded) {
				kept.add(hit);
			}
		}
		return kept;
	}

	private static void match(Entry[] entries, Matcher[] matchers, String value, int start, int end, List<Hit> hits) {
		int length = end - start;
		char next = nextWordStart(value, end);
		for (Entry entry : entries) {
			if (entry.exact && (entry.literal.length() != length
					|| (length > 3 && !value.regionMatches(start + 3, entry.literal, 3, length - 3)))) {
				continue;
			}
			if (entry.next != null && !contains(entry.next, next)) {
				continue;
			}
			Matcher matcher = matchers[entry.id];
			if (matcher == null) {
				matcher = entry.pattern.matcher(value);
				matcher.useTransparentBounds(true);
				matcher.useAnchoringBounds(false);
				matchers[entry.id] = matcher;
			}
			matcher.region(start, value.length());
			if (matcher.lookingAt() && matcher.end() > start) {
				hits.add(new Hit(entry.category, start, matcher.end(), entry.exclusion));
			}
		}
	}

	/** The first character of the word after {@code end}, or 0 when none follows. */
	private static char nextWordStart(String value, int end) {
		int at = end;
		while (at < value.length() && Character.isWhitespace(value.charAt(at))) {
			at++;
		}
		return (at == end || at == value.length()) ? 0 : value.charAt(at);
	}

	private static boolean contains(char[] starts, char c) {
		for (char start : starts) {
			if (start == c) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A phrase found.
	 *
	 * @param category its list
	 * @param start start in the normalized text
	 * @param end end in the normalized text
	 */
	record Hit(Category category, int start, int end, boolean exclusion) {

		Hit(Category category, int start, int end) {
			this(category, start, end, false);
		}

	}

	/**
	 * The letters the second word of a phrase can start with ({@code the team}: t;
	 * {@code your (?:order|parcel)}: o, p), or null when that cannot be told simply. A
	 * cheap test before the regular expression: most "the" are not "the team".
	 */
	static char @Nullable [] nextWordStarts(String regex, int literal) {
		if (literal >= regex.length() || regex.charAt(literal) != ' ' || literal + 1 >= regex.length()) {
			return null;
		}
		int at = literal + 1;
		char next = regex.charAt(at);
		if (Character.isLetterOrDigit(next)) {
			return (at + 1 < regex.length() && "?*{".indexOf(regex.charAt(at + 1)) >= 0) ? null
					: new char[] { Character.toLowerCase(next) };
		}
		if (!regex.startsWith("(?:", at)) {
			return null;
		}
		StringBuilder starts = new StringBuilder();
		int depth = 0;
		boolean branchStart = true;
		for (int i = at + 3; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (branchStart && depth == 0) {
				if (!Character.isLetterOrDigit(c)
						|| (i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0)) {
					return null;
				}
				starts.append(Character.toLowerCase(c));
				branchStart = false;
			}
			if (c == '\\') {
				i++;
			}
			else if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			else if (c == ')') {
				boolean optional = i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0;
				return optional ? null : starts.toString().toCharArray();
			}
			else if (c == '|' && depth == 0) {
				branchStart = true;
			}
		}
		return null;
	}

	private record Entry(Category category, Pattern pattern, String literal, boolean exact, char @Nullable [] next,
			int id, boolean exclusion) {

	}

}
