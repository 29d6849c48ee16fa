package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds email addresses in a normalized text, obfuscated ones included:
 * {@code name@domain.com}, {@code name @ domain . com}, {@code name(at)domain(dot)com},
 * {@code name [at] domain [dot] com}, {@code name at domain dot com},
 * {@code j o h n @ g m a i l . c o m}, and with full-width or look-alike characters (the
 * normalization folds those). A plain "at" with a plain dot ({@code look at ups.com}) is
 * an address only for a mail provider's domain or after a word such as "email".
 * <p>
 * It starts only at an {@code @} or an "at" word, so its cost is proportional to those.
 */
final class EmailScanner {

	private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

	private static final Pattern BARE_PROVIDER = Pattern.compile("(" + LABEL + ")(?![a-z0-9.-])");

	private static final Pattern STRICT = Pattern
		.compile("[a-z0-9._%+-]+@" + LABEL + "(?:\\." + LABEL + ")*\\.[a-z]{2,24}");

	private static final Pattern KEYWORD = Pattern
		.compile("(?:e-?mail|mail|correo|contact|write|reach|escr[ií]b|address|direcci[oó]n)");

	private final Set<String> providers;

	/** Words for {@code @} written with letters of a script that has word spaces. */
	private final WordTable<Boolean> atWordTable;

	private final WordTable<Boolean> providerTable;

	/** At words of scripts without word spaces (Japanese): found anywhere. */
	private final List<String> atWordsUnspaced;

	/** At words that are everyday words too ("at"): they need more evidence. */
	private final Set<String> commonWords;

	private final Set<String> possessives;

	private final Set<String> linkingWords;

	/** The first letters of at words and provider names: other tokens are skipped. */
	private final boolean[] wordFirst = new boolean[128];

	private final Pattern domainGreedy;

	/** A label and a dot right before a position: the local part goes on to the left. */
	private final Pattern localLabelBefore;

	private final Pattern dotWords;

	/** "on", "bei", "sur": "jane_doe88 on hotmail dot com" (handle, word, provider). */
	private final Set<String> providerPrepositions;

	/** A dot and a top-level domain (or two) right after a provider name. */
	private final Pattern domainAfterProvider;

	EmailScanner(List<String> providers, PolicySettings.Words words) {
		this.providers = providers.stream()
			.map((provider) -> provider.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		Set<String> spaced = new HashSet<>();
		List<String> unspaced = new ArrayList<>();
		for (String word : words.all(Lexicon.Section.AT_WORDS)) {
			String normalized = NormalizedText.of(word.trim()).value();
			if (normalized.equals("@") || normalized.isEmpty()) {
				continue;
			}
			if (normalized.charAt(0) >= 0x2e80) {
				unspaced.add(normalized);
			}
			else {
				spaced.add(normalized);
			}
		}
		this.atWordTable = WordTable.of(Set.copyOf(spaced));
		this.providerTable = WordTable.of(this.providers);
		for (String word : spaced) {
			markFirst(word);
		}
		this.providers.forEach(this::markFirst);
		this.atWordsUnspaced = List.copyOf(unspaced);
		this.commonWords = normalizedSet(words.all(Lexicon.Section.COMMON_WORDS));
		this.possessives = normalizedSet(words.all(Lexicon.Section.POSSESSIVES));
		this.linkingWords = normalizedSet(words.all(Lexicon.Section.LINKING_WORDS));
		StringBuilder spelled = new StringBuilder();
		StringBuilder unspacedDots = new StringBuilder();
		for (String word : words.all(Lexicon.Section.DOT_WORDS)) {
			String normalized = NormalizedText.of(word.trim()).value();
			if (normalized.equals(".") || normalized.isEmpty()) {
				continue;
			}
			StringBuilder target = (normalized.charAt(0) >= 0x2e80) ? unspacedDots : spelled;
			target.append((target.length() > 0) ? "|" : "").append(Pattern.quote(normalized));
		}
		String words1 = spelled.isEmpty() ? "dot" : spelled.toString();
		String dot = "(?:\\.|\\s+\\.\\s+|\\s*[(\\[{<]\\s*(?:" + words1 + "|\\.)\\s*[)\\]}>]\\s*|\\s+(?:" + words1
				+ ")\\s+|-(?:" + words1 + ")-|_(?:" + words1 + ")_"
				+ (unspacedDots.isEmpty() ? "" : "|\\s*(?:" + unspacedDots + ")\\s*") + ")";
		this.domainGreedy = Pattern
			.compile("(" + LABEL + ")(?:" + dot + LABEL + ")*" + dot + "([a-z]{2,24})(?![a-z0-9-])");
		this.localLabelBefore = Pattern.compile("([a-z0-9_%+-]+)" + dot + "$");
		this.dotWords = Pattern.compile(words1 + (unspacedDots.isEmpty() ? "" : "|" + unspacedDots));
		this.providerPrepositions = normalizedSet(words.all(Lexicon.Section.PROVIDER_PREPOSITIONS));
		String dotOrWord = "(?:\\s*\\.\\s*|\\s+(?:" + words1 + ")\\s+)";
		this.domainAfterProvider = Pattern
			.compile(dotOrWord + "[a-z]{2,6}(?:" + dotOrWord + "[a-z]{2,3})?(?![a-z0-9])");
	}

	private void markFirst(String word) {
		if (!word.isEmpty() && word.charAt(0) < 128) {
			this.wordFirst[word.charAt(0)] = true;
		}
	}

	private static Set<String> normalizedSet(List<String> words) {
		Set<String> set = new HashSet<>();
		for (String word : words) {
			set.add(NormalizedText.of(word.trim()).value());
		}
		return Set.copyOf(set);
	}

	/**
	 * Every address in a text.
	 * @param text the normalized text
	 * @return spans in normalized positions, by start
	 */
	List<Span> find(NormalizedText text) {
		String value = text.value();
		List<Span> found = new ArrayList<>(2);
		int at = value.indexOf('@');
		while (at >= 0) {
			int atStart = at;
			int atEnd = at + 1;
			if (at > 0 && at + 1 < value.length() && "([{<".indexOf(value.charAt(at - 1)) >= 0
					&& ")]}>".indexOf(value.charAt(at + 1)) >= 0) {
				atStart--;
				atEnd++;
			}
			addIfAddress(text, atStart, atEnd, true, found);
			at = value.indexOf('@', at + 1);
		}
		// "(a)" and "[a]" draw an @
		for (int bracket = value.indexOf("a)"); bracket > 0; bracket = value.indexOf("a)", bracket + 2)) {
			if (value.charAt(bracket - 1) == '(') {
				addIfAddress(text, bracket - 1, bracket + 2, true, found);
			}
		}
		for (int bracket = value.indexOf("a]"); bracket > 0; bracket = value.indexOf("a]", bracket + 2)) {
			if (value.charAt(bracket - 1) == '[') {
				addIfAddress(text, bracket - 1, bracket + 2, true, found);
			}
		}
		List<Integer> providerTokens = new ArrayList<>(0);
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			int length = end - start;
			char initial = value.charAt(start);
			if (length > 12 || (initial < 128 && !this.wordFirst[initial])) {
				continue;
			}
			if (this.atWordTable.get(text, token) == null) {
				if (this.providerTable.get(text, token) != null) {
					providerTokens.add(token);
				}
				continue;
			}
			boolean strong = !this.commonWords.contains(value.substring(start, end));
			int before = start;
			while (before > 0 && value.charAt(before - 1) == ' ') {
				before--;
			}
			int after = end;
			while (after < value.length() && value.charAt(after) == ' ') {
				after++;
			}
			if (before > 0 && after < value.length() && "([{<".indexOf(value.charAt(before - 1)) >= 0
					&& ")]}>".indexOf(value.charAt(after)) >= 0) {
				addIfAddress(text, before - 1, after + 1, true, found);
			}
			else if (before > 0 && after < value.length() && value.charAt(start - 1) == value.charAt(end)
					&& (value.charAt(end) == '-' || value.charAt(end) == '_')) {
				addIfAddress(text, start - 1, end + 1, true, found);
			}
			else if (before < start && after > end) {
				addIfAddress(text, start, end, strong, found);
			}
		}
		// after the addresses with an at: "Gmail: john.smith at gmail.com" is one of
		// those
		for (int token : providerTokens) {
			handleAfterProvider(text, token, found);
			handleBeforeProvider(text, token, found);
		}
		for (String word : this.atWordsUnspaced) {
			int spelled = value.indexOf(word);
			while (spelled >= 0) {
				addIfAddress(text, spelled, spelled + word.length(), true, found);
				spelled = value.indexOf(word, spelled + word.length());
			}
		}
		if (value.indexOf('@') >= 0) {
			findSpacedOut(value, found);
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	private void addIfAddress(NormalizedText text, int atStart, int atEnd, boolean strongAt, List<Span> found) {
		String value = text.value();
		int localEnd = atStart;
		while (localEnd > 0 && value.charAt(localEnd - 1) == ' ' && atStart - localEnd < 2) {
			localEnd--;
		}
		int localStart = localEnd;
		while (localStart > 0 && isLocalChar(value.charAt(localStart - 1))) {
			localStart--;
		}
		while (localStart < localEnd && !Character.isLetterOrDigit(value.charAt(localStart))) {
			localStart++;
		}
		if (localStart >= localEnd) {
			return;
		}
		int domainStart = atEnd;
		while (domainStart < value.length() && value.charAt(domainStart) == ' ' && domainStart - atEnd < 2) {
			domainStart++;
		}
		Matcher domain = this.domainGreedy.matcher(value);
		domain.region(domainStart, Math.min(value.length(), domainStart + 200));
		domain.useTransparentBounds(true);
		int end;
		boolean obfuscatedDot;
		String firstLabel;
		if (domain.lookingAt()) {
			end = domain.end();
			String matched = value.substring(domainStart, end);
			obfuscatedDot = matched.indexOf(' ') >= 0 || this.dotWords.matcher(matched).find()
					|| matched.indexOf('(') >= 0 || matched.indexOf('[') >= 0 || matched.indexOf('{') >= 0
					|| matched.indexOf('<') >= 0;
			firstLabel = domain.group(1);
		}
		else {
			Matcher bare = BARE_PROVIDER.matcher(value);
			bare.region(domainStart, Math.min(value.length(), domainStart + 64));
			bare.useTransparentBounds(true);
			if (!strongAt || !bare.lookingAt() || !this.providers.contains(bare.group(1))) {
				return;
			}
			end = bare.end();
			obfuscatedDot = false;
			firstLabel = bare.group(1);
		}
		boolean obfuscatedLocal = false;
		// only once a domain follows: most "at" words are not addresses
		// "name dot work at …": the whole local part, spelled-out dots included
		for (int guard = 0; guard < 8 && localStart > 0; guard++) {
			Matcher label = this.localLabelBefore.matcher(value);
			label.region(Math.max(0, localStart - 60), localStart);
			label.useTransparentBounds(true);
			if (!label.find() || label.end() != localStart || label.group(1).isEmpty()
					|| this.commonWords.contains(label.group(1))
					|| label.start(1) > 0 && isLocalChar(value.charAt(label.start(1) - 1))) {
				break;
			}
			localStart = label.start(1);
			obfuscatedLocal = true;
		}
		if (!strongAt && !obfuscatedDot && !obfuscatedLocal && !this.providers.contains(firstLabel)
				&& !keywordBefore(value, localStart)) {
			return;
		}
		Span span = new Span(localStart, end);
		for (Span existing : found) {
			if (existing.overlaps(span)) {
				return;
			}
		}
		found.add(span);
	}

	/**
	 * "my gmail is jane.doe88", "mon gmail : jean.dupont": a provider after a possessive,
	 * then (after a linking word or a colon) the name.
	 */
	private void handleAfterProvider(NormalizedText text, int token, List<Span> found) {
		if (token + 1 >= text.tokenCount()) {
			return;
		}
		String value = text.value();
		String before = (token == 0) ? "" : value.substring(text.tokenStart(token - 1), text.tokenEnd(token - 1));
		int providerEnd = text.tokenEnd(token);
		boolean colon = providerEnd < value.length() && value.charAt(providerEnd) == ':';
		boolean linked = this.linkingWords
			.contains(value.substring(text.tokenStart(token + 1), text.tokenEnd(token + 1)));
		// "my gmail is …", "Gmail: …", "outlook, usuario …"
		String provider = value.substring(text.tokenStart(token), providerEnd);
		if ((!this.possessives.contains(before) && !colon && !linked) || this.commonWords.contains(provider)) {
			return;
		}
		int next = token + 1;
		while (next < text.tokenCount() && next <= token + 2
				&& this.linkingWords.contains(value.substring(text.tokenStart(next), text.tokenEnd(next)))) {
			next++;
		}
		if (next >= text.tokenCount()) {
			return;
		}
		int start = text.tokenStart(next);
		if (start - text.tokenEnd(next - 1) > 3) {
			return;
		}
		int end = start;
		while (end < value.length() && isLocalChar(value.charAt(end))) {
			end++;
		}
		while (end > start && !Character.isLetterOrDigit(value.charAt(end - 1))) {
			end--;
		}
		String handle = value.substring(start, end);
		if (handle.length() < 3 || this.commonWords.contains(handle) || this.linkingWords.contains(handle)
				|| handle.chars().noneMatch(Character::isLetter)) {
			return;
		}
		boolean handleShaped = handle.chars().anyMatch((c) -> c == '.' || c == '_' || c == '-' || isDigit((char) c));
		if (!handleShaped && text.tokenEnd(token) - text.tokenStart(token) < 5) {
			// "my mail is full": short provider names are everyday words
			return;
		}
		Span span = new Span(text.tokenStart(token), end);
		for (Span existing : found) {
			if (existing.overlaps(span)) {
				return;
			}
		}
		found.add(span);
	}

	/**
	 * "jane_doe88 on hotmail dot com", "lena.schulz bei gmx": a name shaped like a handle
	 * (with a dot, underscore, dash or digit), a preposition, a provider (and its domain
	 * ending, which goes with it).
	 */
	private void handleBeforeProvider(NormalizedText text, int token, List<Span> found) {
		if (token < 2) {
			return;
		}
		String value = text.value();
		String preposition = value.substring(text.tokenStart(token - 1), text.tokenEnd(token - 1));
		if (!this.providerPrepositions.contains(preposition)) {
			return;
		}
		int end = text.tokenStart(token - 1);
		while (end > 0 && value.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && isLocalChar(value.charAt(start - 1))) {
			start--;
		}
		while (start < end && !Character.isLetterOrDigit(value.charAt(start))) {
			start++;
		}
		String handle = value.substring(start, end);
		boolean handleShaped = handle.chars().anyMatch((c) -> c == '.' || c == '_' || c == '-' || isDigit((char) c));
		if (handle.length() < 3 || !handleShaped || handle.chars().noneMatch(Character::isLetter)
				|| this.commonWords.contains(handle)) {
			return;
		}
		int spanEnd = text.tokenEnd(token);
		Matcher domain = this.domainAfterProvider.matcher(value);
		domain.region(spanEnd, value.length());
		if (domain.lookingAt()) {
			spanEnd = domain.end();
		}
		Span span = new Span(start, spanEnd);
		for (Span existing : found) {
			if (existing.overlaps(span)) {
				return;
			}
		}
		found.add(span);
	}

	private static boolean keywordBefore(String value, int position) {
		Matcher keyword = KEYWORD.matcher(value);
		keyword.region(Math.max(0, position - 40), position);
		return keyword.find();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLocalChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+'
				|| c == '-';
	}

	/** Addresses written one character at a time: {@code j o h n @ g m a i l . c o m}. */
	private static void findSpacedOut(String value, List<Span> found) {
		int i = 0;
		int length = value.length();
		while (i < length) {
			if (!isSingle(value, i)) {
				i++;
				continue;
			}
			int start = i;
			int end = i + 1;
			int count = 1;
			while (end + 1 < length && value.charAt(end) == ' ' && isSingle(value, end + 1)) {
				end += 2;
				count++;
			}
			if (count >= 6) {
				StringBuilder squeezed = new StringBuilder(count);
				for (int k = start; k < end; k += 2) {
					squeezed.append(value.charAt(k));
				}
				if (squeezed.indexOf("@") >= 0 && STRICT.matcher(squeezed).find()) {
					Span span = new Span(start, end);
					if (found.stream().noneMatch(span::overlaps)) {
						found.add(span);
					}
				}
			}
			i = end;
		}
	}

	/**
	 * A single non-space character between spaces (or text ends; the last one may carry
	 * the sentence's punctuation: "… . d e.").
	 */
	private static boolean isSingle(String value, int i) {
		char c = value.charAt(i);
		if (c == ' ') {
			return false;
		}
		boolean before = i == 0 || value.charAt(i - 1) == ' ';
		boolean after = i + 1 == value.length() || value.charAt(i + 1) == ' '
				|| (Character.isLetterOrDigit(c) && ".,;:!?)".indexOf(value.charAt(i + 1)) >= 0
						&& (i + 2 == value.length() || value.charAt(i + 2) == ' '));
		return before && after;
	}

}
