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
		REVIEW_ASK(Lexicon.Section.REVIEW_ASKS), REVIEW_DISCLAIMER(Lexicon.Section.REVIEW_DISCLAIMERS);

		private final Lexicon.Section section;

		Category(Lexicon.Section section) {
			this.section = section;
		}

	}

	/** Phrases whose first word is a whole word, by that word. */
	private final WordTable<Entry[]> wholeWords;

	/**
	 * Phrases whose first word continues after a literal start of three letters or more
	 * ({@code coupons?}), by those three letters.
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

	private final Entry[] all;

	private final boolean hasExclusions;

	PhraseIndex(Map<Category, List<String>> lists) {
		Map<Long, List<Entry>> main = new HashMap<>();
		Map<Long, List<Entry>> shortPrefixes = new HashMap<>();
		Map<String, List<Entry>> whole = new HashMap<>();
		List<Entry> all = new ArrayList<>();
		int count = 0;
		boolean exclusions = false;
		for (Map.Entry<Category, List<String>> list : lists.entrySet()) {
			for (String phrase : list.getValue()) {
				Entry entry = compile(list.getKey(), phrase, count++);
				all.add(entry);
				exclusions |= entry.exclusion;
				String literal = entry.literal;
				if (entry.exact) {
					whole.computeIfAbsent(literal, (key) -> new ArrayList<>()).add(entry);
				}
				else if (literal.length() < 3) {
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
					main.computeIfAbsent(key(literal, 0, 3), (key) -> new ArrayList<>()).add(entry);
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
		Map<String, Entry[]> wholeTable = new HashMap<>();
		whole.forEach((word, list) -> wholeTable.put(word, list.toArray(new Entry[0])));
		this.wholeWords = WordTable.of(wholeTable);
		this.entryCount = count;
		this.hasExclusions = exclusions;
		this.all = all.toArray(new Entry[0]);
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
			// "you're": the apostrophe must follow the word (not so in
			// "herbst-?kollektion")
			boolean follows = literal < trimmed.length() && "'-".indexOf(trimmed.charAt(literal)) >= 0
					&& (literal + 1 >= trimmed.length() || "?*{".indexOf(trimmed.charAt(literal + 1)) < 0);
			char follow = follows ? trimmed.charAt(literal) : 0;
			String required = requiredWord(trimmed);
			return new Entry(category, pattern, word, exact, exact ? nextWordPrefixes(trimmed, literal) : null, follow,
					(required == null) ? 0 : key(required, 0, 3), id, exclusion);
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
			return at + 1 < regex.length() && !Character.isLetter(regex.charAt(at + 1))
					&& !(at + 2 < regex.length() && "?*{".indexOf(regex.charAt(at + 2)) >= 0);
		}
		// "herbst-?kollektion": an optional sign, and the word goes on
		if (at + 1 < regex.length() && "?*{".indexOf(regex.charAt(at + 1)) >= 0) {
			return false;
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
		long[] present = tokenKeys(text);
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			int length = end - start;
			if (fraction(value, start)) {
				continue;
			}
			Entry[] entries = this.wholeWords.get(text, token);
			if (entries != null) {
				match(entries, matchers, present, value, start, end, hits);
			}
			entries = (length < 3) ? null : lookup(key(value, start, 3), this.keys, this.values, this.mask);
			if (entries != null) {
				match(entries, matchers, present, value, start, end, hits);
			}
			char first = value.charAt(start);
			if ((first < 128) ? this.shortFirst[first] : this.shortNonAscii) {
				for (int prefix = Math.min(2, length); prefix >= 1; prefix--) {
					entries = lookup(key(value, start, prefix), this.shortKeys, this.shortValues, this.shortMask);
					if (entries != null) {
						match(entries, matchers, present, value, start, end, hits);
					}
				}
			}
		}
		return this.hasExclusions ? withoutExcluded(hits) : hits;
	}

	/**
	 * What {@link #find} must find, the slow way: every phrase tried at every token that
	 * starts with its first letter, without the tables and without the tests that spare
	 * most regular expressions. The reference the tests hold {@code find} to.
	 * @param text the normalized text
	 * @return the hits in normalized positions, by start
	 */
	List<Hit> findEverywhere(NormalizedText text) {
		List<Hit> hits = new ArrayList<>();
		String value = text.value();
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			if (fraction(value, start)) {
				continue;
			}
			for (Entry entry : this.all) {
				if (entry.literal.charAt(0) != value.charAt(start)) {
					continue;
				}
				Matcher matcher = entry.pattern.matcher(value);
				matcher.useTransparentBounds(true);
				matcher.useAnchoringBounds(false);
				matcher.region(start, value.length());
				if (matcher.lookingAt() && matcher.end() > start) {
					hits.add(new Hit(entry.category, start, matcher.end(), entry.exclusion));
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

	private static void match(Entry[] entries, Matcher[] matchers, long[] present, String value, int start, int end,
			List<Hit> hits) {
		int next = nextWordStart(value, end);
		for (Entry entry : entries) {
			if (entry.next != null && (next < 0 || !startsWithAny(value, next, entry.next))) {
				continue;
			}
			if (entry.follow != 0 && (end >= value.length() || value.charAt(end) != entry.follow)) {
				continue;
			}
			if (entry.required != 0 && !contains(present, entry.required)) {
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

	/**
	 * The keys of the text's tokens (their first three letters, as the index's keys), in
	 * a table for {@link #contains}: a phrase with a word no token starts with cannot
	 * match.
	 */
	private static long[] tokenKeys(NormalizedText text) {
		int count = text.tokenCount();
		long[] table = new long[Integer.highestOneBit(Math.max(8, count * 2) - 1) << 2];
		int mask = table.length - 1;
		String value = text.value();
		for (int token = 0; token < count; token++) {
			int start = text.tokenStart(token);
			int length = text.tokenEnd(token) - start;
			if (length < 3) {
				continue;
			}
			long key = key(value, start, 3);
			int slot = mix(key) & mask;
			while (table[slot] != 0 && table[slot] != key) {
				slot = (slot + 1) & mask;
			}
			table[slot] = key;
		}
		return table;
	}

	private static boolean contains(long[] table, long key) {
		int mask = table.length - 1;
		int slot = mix(key) & mask;
		while (table[slot] != 0) {
			if (table[slot] == key) {
				return true;
			}
			slot = (slot + 1) & mask;
		}
		return false;
	}

	/**
	 * The first three letters of a word every match of a phrase has, after its first: one
	 * that stands at the top level after a space (not in a group, an alternative or under
	 * a quantifier), whose first three characters are ASCII letters that no quantifier
	 * makes optional (the longest such word); or null. In the text a space stands before
	 * it, so a token starts with those letters.
	 */
	static @Nullable String requiredWord(String regex) {
		String best = null;
		int bestLength = 0;
		int depth = 0;
		boolean inClass = false;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				return null;
			}
			else if (c == ' ' && depth == 0 && i > 0) {
				int letters = 0;
				while (i + 1 + letters < regex.length() && isAsciiLetter(regex.charAt(i + 1 + letters))) {
					letters++;
				}
				boolean optional = i + 1 + Math.min(letters, 3) < regex.length()
						&& "?*{".indexOf(regex.charAt(i + 1 + Math.min(letters, 3))) >= 0;
				if (letters >= 3 && !optional && letters > bestLength) {
					best = regex.substring(i + 1, i + 4).toLowerCase(Locale.ROOT);
					bestLength = letters;
				}
			}
		}
		return best;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/**
	 * Whether digits at {@code start} are the decimals of a number ("4,5 stars" is not "5
	 * stars"): no phrase starts there.
	 */
	private static boolean fraction(String value, int start) {
		return start >= 2 && Character.isDigit(value.charAt(start))
				&& (value.charAt(start - 1) == ',' || value.charAt(start - 1) == '.')
				&& Character.isDigit(value.charAt(start - 2));
	}

	/** Where the word after {@code end} starts, or -1 when none follows. */
	private static int nextWordStart(String value, int end) {
		int at = end;
		while (at < value.length() && Character.isWhitespace(value.charAt(at))) {
			at++;
		}
		return (at == end || at == value.length()) ? -1 : at;
	}

	private static boolean startsWithAny(String value, int at, String[] prefixes) {
		for (String prefix : prefixes) {
			if (value.startsWith(prefix, at)) {
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
	 * The first letters (up to {@value #NEXT_PREFIX}) the second word of a phrase starts
	 * with ({@code the team}: tea; {@code your (?:order|parcel)}: ord, par), or null when
	 * that cannot be told simply. A cheap test before the regular expression: most "the"
	 * are not "the team".
	 */
	static String @Nullable [] nextWordPrefixes(String regex, int literal) {
		if (literal >= regex.length() || regex.charAt(literal) != ' ' || literal + 1 >= regex.length()) {
			return null;
		}
		int at = literal + 1;
		if (Character.isLetterOrDigit(regex.charAt(at))) {
			String prefix = literalPrefix(regex, at);
			return prefix.isEmpty() ? null : new String[] { prefix };
		}
		if (!regex.startsWith("(?:", at)) {
			return null;
		}
		List<String> prefixes = new ArrayList<>();
		int depth = 0;
		boolean branchStart = true;
		for (int i = at + 3; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (branchStart && depth == 0) {
				String prefix = literalPrefix(regex, i);
				if (prefix.isEmpty()) {
					return null;
				}
				prefixes.add(prefix);
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
				return optional ? null : prefixes.toArray(new String[0]);
			}
			else if (c == '|' && depth == 0) {
				branchStart = true;
			}
		}
		return null;
	}

	/** How many letters of the second word are compared before its regular expression. */
	static final int NEXT_PREFIX = 3;

	/**
	 * The literal letters at {@code at} that every match has, lower case: up to
	 * {@value #NEXT_PREFIX}, none that a quantifier makes optional.
	 */
	private static String literalPrefix(String regex, int at) {
		StringBuilder prefix = new StringBuilder(NEXT_PREFIX);
		for (int i = at; i < regex.length() && prefix.length() < NEXT_PREFIX; i++) {
			char c = regex.charAt(i);
			if (!Character.isLetterOrDigit(c) || (i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0)) {
				break;
			}
			prefix.append(Character.toLowerCase(c));
		}
		return prefix.toString();
	}

	private record Entry(Category category, Pattern pattern, String literal, boolean exact, String @Nullable [] next,
			char follow, long required, int id, boolean exclusion) {

	}

}
