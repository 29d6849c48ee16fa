package dev.parley.core.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The words of one language that the rules read: the phrase lists of the text rules and
 * the words the contact detectors need (at and dot words, number words, the cue words of
 * phones and ids). Language is data: each language is one file,
 * {@code dev/parley/core/policy/lexicon/<code>.lexicon} on the class path, and a
 * deployment adds a language by adding a file (and naming it in the settings) or changes
 * any list in configuration.
 * <p>
 * File format (UTF-8): {@code [section]} lines start a list (the names of
 * {@link Section}, lower case with dashes); every other non-blank line that does not
 * start with {@code #} is one entry. {@code $NAME = value} lines define a macro used as
 * {@code ${NAME}} in later lines. An entry that starts with an alternation of plain
 * words, {@code {leave|write|give} a review}, stands for one entry per word (phrases must
 * start with a literal word, see {@link PhraseIndex}). A phrase entry that starts with
 * {@code !} is an exclusion: a hit of its list that lies inside the exclusion's match is
 * not a hit ("the driver can call me" is not "call me").
 *
 * @param language the language code ({@code en}, {@code de}…; {@code common} for what
 * every language shares: brand names, symbols)
 * @param lists the entries per section; a missing section is empty
 */
public record Lexicon(String language, Map<Section, List<String>> lists) {

	private static final Pattern MACRO = Pattern.compile("\\$\\{([A-Z_]+)}");

	private static final Pattern DEFINE = Pattern.compile("\\$([A-Z_]+)\\s*=\\s*(.*)");

	private static final Pattern LEADING_WORDS = Pattern.compile("\\{([^{}]+)}(.*)");

	private static final Pattern LEADING_LETTERS = Pattern.compile("\\[(\\p{L}+)](.*)");

	public Lexicon {
		Objects.requireNonNull(language, "language");
		Map<Section, List<String>> copy = new EnumMap<>(Section.class);
		lists.forEach((section, entries) -> copy.put(section, List.copyOf(entries)));
		lists = Map.copyOf(copy);
	}

	/**
	 * The entries of a section.
	 * @param section the section
	 * @return its entries, empty when the lexicon has none
	 */
	public List<String> list(Section section) {
		return this.lists.getOrDefault(section, List.of());
	}

	/**
	 * A copy with some lists replaced.
	 * @param overrides the new lists (entries as in a file: macros are not expanded,
	 * leading alternations are)
	 * @return the changed lexicon
	 */
	public Lexicon with(Map<Section, List<String>> overrides) {
		Map<Section, List<String>> changed = new EnumMap<>(Section.class);
		changed.putAll(this.lists);
		overrides.forEach((section, entries) -> {
			List<String> expanded = new ArrayList<>();
			for (String entry : entries) {
				expand(entry.trim(), expanded);
			}
			changed.put(section, expanded);
		});
		return new Lexicon(this.language, changed);
	}

	/**
	 * The lexicon of a language from the class path.
	 * @param language a language code
	 * @return its lexicon, or null when no file exists for it
	 * @throws IllegalArgumentException for a malformed file
	 */
	public static @Nullable Lexicon load(String language) {
		String code = language.trim().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z]{2,8}")) {
			throw new IllegalArgumentException("bad lexicon language: " + language);
		}
		String resource = "lexicon/" + code + ".lexicon";
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			return parse(code, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a lexicon file.
	 * @param language the language code
	 * @param reader the file
	 * @return the lexicon
	 * @throws IOException when the reader fails
	 */
	static Lexicon parse(String language, BufferedReader reader) throws IOException {
		Map<Section, List<String>> lists = new EnumMap<>(Section.class);
		Map<String, String> macros = new HashMap<>();
		List<String> current = null;
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			Matcher define = DEFINE.matcher(trimmed);
			if (define.matches()) {
				macros.put(define.group(1), substitute(define.group(2).strip(), macros, language, number));
				continue;
			}
			if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
				Section section = Section.of(trimmed.substring(1, trimmed.length() - 1));
				if (section == null) {
					throw new IllegalArgumentException(
							"lexicon " + language + " line " + number + ": unknown section " + trimmed);
				}
				current = lists.computeIfAbsent(section, (key) -> new ArrayList<>());
				continue;
			}
			if (current == null) {
				throw new IllegalArgumentException(
						"lexicon " + language + " line " + number + ": entry before a section");
			}
			expand(substitute(trimmed, macros, language, number), current);
		}
		return new Lexicon(language, lists);
	}

	private static String substitute(String value, Map<String, String> macros, String language, int number) {
		Matcher macro = MACRO.matcher(value);
		StringBuilder out = new StringBuilder(value.length());
		while (macro.find()) {
			String replacement = macros.get(macro.group(1));
			if (replacement == null) {
				throw new IllegalArgumentException(
						"lexicon " + language + " line " + number + ": unknown macro " + macro.group());
			}
			macro.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		macro.appendTail(out);
		return out.toString();
	}

	private static void expand(String entry, List<String> into) {
		boolean exclusion = entry.startsWith("!");
		String prefix = exclusion ? "!" : "";
		String body = exclusion ? entry.substring(1) : entry;
		Matcher leading = LEADING_WORDS.matcher(body);
		Matcher letters = LEADING_LETTERS.matcher(body);
		if (leading.matches()) {
			for (String word : topLevelAlternatives(leading.group(1))) {
				expand(prefix + word.strip() + leading.group(2), into);
			}
		}
		else if (letters.matches()) {
			// "[ée]crivez": a phrase starts with a literal letter, one entry per letter
			for (char letter : letters.group(1).toCharArray()) {
				into.add(prefix + letter + letters.group(2));
			}
		}
		else {
			String spelled = spellFirstWord(body);
			if (spelled == null) {
				into.add(entry);
			}
			else {
				for (String variant : spelled.split("\n")) {
					expand(prefix + variant, into);
				}
			}
		}
	}

	private static final Pattern FIRST_WORD_CLASS = Pattern.compile("(\\p{L}+)\\[(\\p{L}+)](.*)");

	private static final Pattern FIRST_WORD_OPTIONAL = Pattern.compile("(\\p{L}+)(\\p{L})\\?(.*)");

	/**
	 * "r[ée]pondez", "k[öo]e?nnten": a letter class or an optional letter inside the
	 * first word, spelled out (one variant a line), so that every phrase is indexed by
	 * its first three letters and its regular expression runs only where it can match;
	 * null when the first word is plain.
	 */
	private static @Nullable String spellFirstWord(String body) {
		Matcher letters = FIRST_WORD_CLASS.matcher(body);
		if (letters.matches() && letters.group(1).length() < 3) {
			StringBuilder variants = new StringBuilder();
			for (char letter : letters.group(2).toCharArray()) {
				variants.append(variants.isEmpty() ? "" : "\n")
					.append(letters.group(1))
					.append(letter)
					.append(letters.group(3));
			}
			return variants.toString();
		}
		Matcher optional = FIRST_WORD_OPTIONAL.matcher(body);
		if (optional.matches() && optional.group(1).length() < 3) {
			return optional.group(1) + optional.group(2) + optional.group(3) + "\n" + optional.group(1)
					+ optional.group(3);
		}
		return null;
	}

	/** {@code a|b(?:c|d)|e}: a, b(?:c|d), e. */
	static List<String> topLevelAlternatives(String alternation) {
		List<String> alternatives = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < alternation.length(); i++) {
			char c = alternation.charAt(i);
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
				alternatives.add(alternation.substring(start, i));
				start = i + 1;
			}
		}
		alternatives.add(alternation.substring(start));
		return alternatives;
	}

	/** The lists of a lexicon. */
	public enum Section {

		/** Asks for reviews, positive or changed reviews, incentives (phrases). */
		REVIEW_MANIPULATION,

		/** Asks to continue elsewhere (phrases). */
		OFF_PLATFORM,

		/** Coupons, discount codes, sales (phrases). */
		PROMOTIONAL_STRONG,

		/** Upsells and store promotion (phrases). */
		PROMOTIONAL_WEAK,

		/** Unsubscribe and opt-out offers (phrases). */
		OPT_OUT,

		/** Thanks (phrases). */
		THANKS,

		/** Greetings, closings and pleasantries that say nothing (phrases). */
		COURTESY,

		/** Order and shipment confirmations the marketplace sends (phrases). */
		CONFIRMATION,

		/**
		 * What makes a proactive message say something: a request, a problem, an
		 * attachment, instructions (phrases; for "only thanks" and "only a
		 * confirmation").
		 */
		SUBSTANCE,

		/**
		 * Statements that the seller has no say over reviews ("we can't see or change
		 * it", "darauf haben wir keinen Zugriff", "nous n'intervenons pas"): a message
		 * that only explains how reviews work is not an ask (phrases).
		 */
		REVIEW_DISCLAIMERS,

		/**
		 * Asks directed at the reader ("could you", "bitte", "nous serions ravis"): in a
		 * sentence with a review noun they make a review ask (phrases).
		 */
		REVIEW_ASKS,

		/**
		 * Review nouns ("review", "Bewertung", "avis"); German compounds end with them.
		 * Entries starting with {@code !} are phrases where the noun means something else
		 * ("avis de passage", "prenez note") (words).
		 */
		REVIEW_NOUNS,

		/**
		 * Verbs that open a review ask as the sentence's first word ("leave", "valore").
		 */
		REVIEW_IMPERATIVES,

		/** Words for {@code @} ("at", "arroba", "arobase"; words). */
		AT_WORDS,

		/** Words for the dot of an address or domain ("dot", "punto", "punkt"; words). */
		DOT_WORDS,

		/**
		 * Number words with their digits, "five 5", "zwanzig 20" (word, space, digits).
		 */
		NUMBER_WORDS,

		/**
		 * The starts of verbs that ask to be contacted ("escrib", "call", "schreib"):
		 * next to an address or a number they make an off-platform ask (word starts).
		 */
		CONTACT_VERBS,

		/**
		 * Third parties who call or write ("driver", "Kurier", "livreur"): a contact verb
		 * right after one is not an ask to the reader (words).
		 */
		THIRD_PARTIES,

		/** Words that announce a phone number ("call", "Handy"; words). */
		PHONE_WORDS,

		/** Words that announce an id, not a phone ("order", "invoice", "PO"; words). */
		ID_WORDS,

		/** Words that make a number an amount ("price", "total"; words). */
		AMOUNT_WORDS,

		/** Units after a number ("kg", "Stück"; words). */
		UNIT_WORDS,

		/**
		 * Short everyday words that are also top-level domains or at words ("de", "at",
		 * "es"): spelled-out dots and ats next to them need more evidence (words).
		 */
		COMMON_WORDS,

		/** "my", "mon", "mein": "my gmail is jane.doe" (words). */
		POSSESSIVES,

		/**
		 * "is", "address", "ist": what may stand between "my gmail" and the name (words).
		 */
		LINKING_WORDS,

		/**
		 * Intent in other words: groups of word stems that together, in one sentence and
		 * in any order, make an ask ({@code rule: stems & stems}; see
		 * {@link IntentCues}).
		 */
		INTENT_CUES,

		/**
		 * Words that make a discount one already given back ("the 15 % discount has been
		 * refunded"): a percentage in their sentence is not an offer (words).
		 */
		REFUND_WORDS,

		/**
		 * "on", "bei", "sur": between a handle and a mail provider they stand for the at
		 * ("jane_doe88 on hotmail"; words).
		 */
		PROVIDER_PREPOSITIONS;

		/**
		 * The section for a name.
		 * @param name {@code off-platform}, {@code OFF_PLATFORM}, any case
		 * @return the section, or null
		 */
		public static @Nullable Section of(String name) {
			String wanted = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
			for (Section section : values()) {
				if (section.name().equals(wanted)) {
					return section;
				}
			}
			return null;
		}

		/** Whether the entries are regular expressions (else plain words). */
		public boolean phrases() {
			return ordinal() <= REVIEW_ASKS.ordinal();
		}

	}

}
