package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Finds phone numbers in a normalized text. Runs of digits and phone separators are the
 * candidates; what an honest order message is full of is set aside first, by shape and by
 * the words around it: order ids ({@code NNN-NNNNNNN-NNNNNNN}), tracking numbers (UPS
 * {@code 1Z…}, long digit runs, numbers after "tracking", a carrier name, "waybill"),
 * dates, times, prices (a currency next to it), quantities and dimensions (a unit after
 * it), model, SKU, invoice and reference numbers (a keyword or {@code #} before it,
 * letters attached to it), ZIP+4 codes. What is left goes to libphonenumber: a cheap
 * length check against each configured region's metadata, {@code parse} and
 * {@code isValidNumber}, and {@code findNumbers} (leniency VALID) to confirm. A number
 * after a word such as "call" or "phone" counts even when libphonenumber does not know
 * it, and so do seven or more spelled-out digits ("five five five…").
 * <p>
 * Thread-safe: {@link PhoneNumberUtil} is, and everything else is immutable.
 */
final class PhoneScanner {

	private static final Pattern ORDER_ID = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");

	private static final Pattern DATE = Pattern
		.compile("\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");

	private static final Pattern COMPACT_DATE = Pattern
		.compile("(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");

	private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("\\d{5}-\\d{4}");

	/**
	 * 1.234.567 is an amount; with nine digits or more (644.112.290) it may be a phone.
	 */
	private static final Pattern GROUPED_THOUSANDS = Pattern
		.compile("\\d{1,3}\\.\\d{3}(?:\\.\\d{1,2})?|\\d{1,2}(?:\\.\\d{3}){2}(?:\\.\\d{1,2})?");

	private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");

	/** Separators a spoken number may have between its words. */
	private static final String SPOKEN_SEPARATORS = " -,./";

	private final Set<String> idWords;

	private final Set<String> phoneWords;

	private final Set<String> units;

	private final Set<String> amountWords;

	/** Number words with their digits ("five" → 5, "zwanzig" → 20). */
	private final WordTable<String> numberWords;

	/** Words that join number words: "cuarenta y cinco", "vingt et un". */
	private final WordTable<Boolean> joiners;

	private final List<String> joinerList;

	/** Words that repeat the next digit: "double" 2, "triple" 3 ("double oh seven"). */
	private final WordTable<Integer> multipliers;

	/** Number words of one character (CJK numerals), read inside a token. */
	private final Map<Character, String> numberChars;

	private final boolean[] numberWordFirst = new boolean[128];

	private boolean numberWordNonAscii;

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	private final List<Region> regions;

	PhoneScanner(List<String> regionCodes, PolicySettings.Words words) {
		this.idWords = lower(words.all(Lexicon.Section.ID_WORDS));
		this.phoneWords = lower(words.all(Lexicon.Section.PHONE_WORDS));
		this.units = lower(words.all(Lexicon.Section.UNIT_WORDS));
		this.amountWords = lower(words.all(Lexicon.Section.AMOUNT_WORDS));
		Map<String, String> numbers = new HashMap<>();
		Map<Character, String> chars = new HashMap<>();
		Set<String> joining = new HashSet<>();
		Map<String, Integer> repeating = new HashMap<>();
		for (String entry : words.all(Lexicon.Section.NUMBER_WORDS)) {
			String[] parts = entry.trim().split("\\s+");
			if (parts.length == 2 && parts[1].equals("+")) {
				joining.add(NormalizedText.of(parts[0]).value());
				continue;
			}
			if (parts.length == 2 && parts[1].matches("x[2-4]")) {
				repeating.put(NormalizedText.of(parts[0]).value(), parts[1].charAt(1) - '0');
				continue;
			}
			if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
				throw new IllegalArgumentException("a number word is a word and its digits: " + entry);
			}
			String word = NormalizedText.of(parts[0]).value();
			if (word.length() == 1 && word.charAt(0) >= 0x2e80) {
				chars.put(word.charAt(0), parts[1]);
				continue;
			}
			numbers.put(word, parts[1]);
			char first = word.charAt(0);
			if (first < 128) {
				this.numberWordFirst[first] = true;
			}
			else {
				this.numberWordNonAscii = true;
			}
		}
		this.numberWords = WordTable.of(numbers);
		this.joiners = WordTable.of(joining);
		this.joinerList = List.copyOf(joining);
		this.multipliers = WordTable.of(repeating);
		this.numberChars = Map.copyOf(chars);
		List<Region> regions = new ArrayList<>();
		for (String code : regionCodes) {
			String region = code.trim().toUpperCase(Locale.ROOT);
			int countryCode = this.phones.getCountryCodeForRegion(region);
			if (countryCode == 0) {
				throw new IllegalArgumentException("unknown phone region: " + code);
			}
			// the national number lengths the region's metadata allows, asked once
			Set<Integer> lengths = new HashSet<>();
			for (int length = 3; length <= 17; length++) {
				PhoneNumber probe = new PhoneNumber().setCountryCode(countryCode)
					.setNationalNumber(Long.parseLong("2".repeat(Math.min(length, 18))));
				PhoneNumberUtil.ValidationResult result = this.phones.isPossibleNumberWithReason(probe);
				if (result == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
						|| result == PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY) {
					lengths.add(length);
				}
			}
			String nationalPrefix = this.phones.getNddPrefixForRegion(region, true);
			regions.add(new Region(region, lengths, (nationalPrefix != null) ? nationalPrefix : "",
					Integer.toString(countryCode)));
		}
		this.regions = List.copyOf(regions);
	}

	/**
	 * Every phone number in a text.
	 * @param text the normalized text
	 * @param masked spans (normalized positions) that are something else already:
	 * addresses, URLs
	 * @return spans in normalized positions, by start
	 */
	List<Span> find(NormalizedText text, List<Span> masked) {
		String value = text.value();
		masked = withGroupedTracking(value, masked);
		List<Span> found = new ArrayList<>(1);
		int length = value.length();
		int i = 0;
		while (i < length) {
			char c = value.charAt(i);
			boolean starts = isDigit(c) || ((c == '+' || c == '(') && i + 1 < length && (isDigit(value.charAt(i + 1))
					|| (value.charAt(i + 1) == ' ' && i + 2 < length && isDigit(value.charAt(i + 2)))));
			if (!starts || (i > 0 && Character.isLetterOrDigit(value.charAt(i - 1)))) {
				i++;
				continue;
			}
			int end = clusterEnd(value, i);
			if (!isMasked(i, end, masked)) {
				analyze(text, i, end, found, true);
			}
			i = Math.max(end, i + 1);
		}
		findSpelledOut(text, found, masked);
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/**
	 * The masked spans and the UPS tracking numbers written in groups ("1Z 999 AA1 01
	 * 2345 6784": 1Z and 16 letters or digits, a space or dash between any two), whose
	 * last groups look like a phone number on their own.
	 */
	private static List<Span> withGroupedTracking(String value, List<Span> masked) {
		List<Span> spans = masked;
		for (int at = value.indexOf("1z"); at >= 0; at = value.indexOf("1z", at + 2)) {
			if (at > 0 && isWordChar(value.charAt(at - 1))) {
				continue;
			}
			int i = at + 2;
			int characters = 0;
			while (characters < 16 && i < value.length()) {
				char c = value.charAt(i);
				if (isWordChar(c)) {
					characters++;
					i++;
				}
				else if ((c == ' ' || c == '-') && i + 1 < value.length() && isWordChar(value.charAt(i + 1))) {
					i++;
				}
				else {
					break;
				}
			}
			if (characters == 16 && (i == value.length() || !isWordChar(value.charAt(i)))) {
				if (spans == masked) {
					spans = new ArrayList<>(masked);
				}
				spans.add(new Span(at, i));
			}
		}
		return spans;
	}

	private static boolean isWordChar(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
	}

	/** The end of a run of digits and phone separators that starts at {@code start}. */
	private static int clusterEnd(String value, int start) {
		int i = start;
		int lastDigit = start;
		int separators = 0;
		while (i < value.length()) {
			char c = value.charAt(i);
			if (isDigit(c)) {
				lastDigit = i;
				separators = 0;
			}
			else if (isSeparator(c) || (c == '+' && i == start)) {
				if (++separators > 3) {
					break;
				}
			}
			else {
				break;
			}
			i++;
		}
		int end = lastDigit + 1;
		if (end < value.length() && value.charAt(end) == ')' && value.lastIndexOf('(', end) >= start) {
			end++;
		}
		return end;
	}

	private void analyze(NormalizedText text, int start, int end, List<Span> found, boolean splitIfNeeded) {
		String value = text.value();
		String cluster = value.substring(start, end);
		int digits = 0;
		for (int k = 0; k < cluster.length(); k++) {
			if (isDigit(cluster.charAt(k))) {
				digits++;
			}
		}
		if (digits < 7) {
			return;
		}
		boolean international = cluster.startsWith("+") || cluster.startsWith("00") || cluster.startsWith("(+");
		if (!isSafeShape(cluster) && !isSafeContext(text, start, end, cluster, digits, international)
				&& digits <= (international ? 17 : 15) && isPhone(text, start, end, cluster, international)) {
			found.add(new Span(start, end));
			return;
		}
		if (splitIfNeeded) {
			// "12/05/2024 - 15/05/2024", "10 - 12 days": parts joined by spaced
			// separators
			int partStart = start;
			for (int k = start; k <= end; k++) {
				boolean split = k == end || (value.charAt(k) == ' ' && k + 1 < end && !isDigit(value.charAt(k + 1))
						&& value.charAt(k + 1) != '(');
				if (split) {
					int partEnd = k;
					while (partEnd > partStart && !isDigit(value.charAt(partEnd - 1))) {
						partEnd--;
					}
					if (partEnd > partStart && (partStart != start || partEnd != end)) {
						analyze(text, partStart, partEnd, found, false);
					}
					int next = k;
					while (next < end && !isDigit(value.charAt(next)) && value.charAt(next) != '+') {
						next++;
					}
					partStart = next;
					k = next;
				}
			}
		}
	}

	private static final Pattern SAFE_SHAPE = Pattern.compile(String.join("|", ORDER_ID.pattern(), DATE.pattern(),
			COMPACT_DATE.pattern(), ZIP_PLUS_FOUR.pattern(), GROUPED_THOUSANDS.pattern(), DECIMAL.pattern()));

	private static boolean isSafeShape(String cluster) {
		return SAFE_SHAPE.matcher(cluster).matches() || (cluster.length() > 19 && ORDER_ID.matcher(cluster).find());
	}

	private boolean isSafeContext(NormalizedText text, int start, int end, String cluster, int digits,
			boolean international) {
		String value = text.value();
		// letters glued to it: 1Z… tracking numbers, units (500mah), SKUs (AB-1234567)
		if (end < value.length() && Character.isLetter(value.charAt(end))) {
			return true;
		}
		if (start >= 2 && (value.charAt(start - 1) == '-' || value.charAt(start - 1) == '_'
				|| value.charAt(start - 1) == '/' || value.charAt(start - 1) == '.')
				&& Character.isLetterOrDigit(value.charAt(start - 2))) {
			return true;
		}
		int before = start;
		while (before > 0 && value.charAt(before - 1) == ' ') {
			before--;
		}
		if (before > 0) {
			char previous = value.charAt(before - 1);
			if ("$\u20ac\u00a3\u00a5\u20b9#\u2116\u00b0\u00ba".indexOf(previous) >= 0) {
				return true;
			}
		}
		int after = end;
		while (after < value.length() && value.charAt(after) == ' ') {
			after++;
		}
		if (after < value.length() && "%$\u20ac\u00a3\u00a5\u00d7x*".indexOf(value.charAt(after)) >= 0) {
			return true;
		}
		String next = wordAt(value, after);
		if (this.units.contains(next) || next.equals("x") || next.equals("by")) {
			return true;
		}
		boolean unseparated = !international && cluster.chars().allMatch((c) -> c >= '0' && c <= '9');
		if (unseparated && digits >= 12) {
			// tracking numbers (FedEx, USPS, DHL express) and ids; phones this long carry
			// a +
			return true;
		}
		int window = (unseparated && digits >= 10) ? 8 : 4;
		int position = before;
		for (int w = 0; w < window && position > 0; w++) {
			int wordEnd = position;
			while (wordEnd > 0 && !Character.isLetterOrDigit(value.charAt(wordEnd - 1))) {
				if (value.charAt(wordEnd - 1) == '\n' || (wordEnd < position - 3)) {
					break;
				}
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && Character.isLetterOrDigit(value.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (wordStart == wordEnd) {
				break;
			}
			String word = value.substring(wordStart, wordEnd);
			if (this.phoneWords.contains(word)) {
				return false;
			}
			if (this.idWords.contains(word) || (w < 2 && this.amountWords.contains(word))) {
				return true;
			}
			position = wordStart;
		}
		return false;
	}

	private boolean isPhone(NormalizedText text, int start, int end, String written, boolean international) {
		// libphonenumber reads slashes as dates: dates are set aside already
		String cluster = written.replace('/', ' ');
		String digits = digitsOf(cluster);
		if (international) {
			String e164 = "+" + (digits.startsWith("00") ? digits.substring(2) : digits);
			if (isValid(e164, "ZZ") && confirm(cluster.startsWith("00") ? "+" + cluster.substring(2) : cluster, "ZZ")) {
				return true;
			}
			// "+44 7700 900 412": a plus and a country code is how phones are written
			// (fictional and new ranges are not in the metadata yet)
			if (cluster.startsWith("+") && digits.length() >= 10 && isPossible(e164)) {
				return true;
			}
		}
		else {
			for (Region region : this.regions) {
				if (region.mayHold(digits) && isValid(cluster, region.code) && confirm(cluster, region.code)) {
					return true;
				}
			}
		}
		return phoneWordBefore(text.value(), start);
	}

	private boolean isValid(String number, String region) {
		try {
			PhoneNumber parsed = this.phones.parse(number, region);
			return this.phones.isValidNumber(parsed);
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	private boolean isPossible(String e164) {
		try {
			return this.phones.isPossibleNumber(this.phones.parse(e164, "ZZ"));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	private boolean confirm(String candidate, String region) {
		return this.phones.findNumbers(candidate, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
			.iterator()
			.hasNext();
	}

	private boolean phoneWordBefore(String value, int start) {
		int position = start;
		for (int w = 0; w < 4 && position > 0; w++) {
			int wordEnd = position;
			while (wordEnd > 0 && !Character.isLetterOrDigit(value.charAt(wordEnd - 1)) && position - wordEnd < 4) {
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && Character.isLetterOrDigit(value.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (wordStart == wordEnd) {
				return false;
			}
			String word = value.substring(wordStart, wordEnd);
			if (this.phoneWords.contains(word)) {
				return true;
			}
			if (this.idWords.contains(word)) {
				return false;
			}
			position = wordStart;
		}
		return false;
	}

	/**
	 * Seven or more digits written as words of any configured language, digits mixed in:
	 * "five five five 1 2 3 4", "555 zero one four…", "null eins sieben eins", "zéro six
	 * douze trente-quatre…" (at least two words, so that "1, 2, 3, 4, 5, 6, 7" stays a
	 * list, and a run is never an amount, a unit count or an id).
	 */
	private void findSpelledOut(NormalizedText text, List<Span> found, List<Span> masked) {
		String value = text.value();
		int runStart = -1;
		int runEnd = -1;
		int digits = 0;
		int words = 0;
		int joinEnd = -1;
		// "double oh": the factor and where the word starts and ends, until the next
		// token
		int factor = 1;
		int factorStart = -1;
		int factorEnd = -1;
		// the value of the number said so far when it may still grow ("quatre-vingt…"),
		// else -1
		int compound = -1;
		for (int token = 0; token <= text.tokenCount(); token++) {
			boolean last = token == text.tokenCount();
			int start = last ? value.length() : text.tokenStart(token);
			int end = last ? value.length() : text.tokenEnd(token);
			int hash = last ? 0 : text.tokenHash(token);
			int wordDigits = last ? 0 : spokenDigits(value, start, end, hash);
			int plainDigits = (last || wordDigits > 0) ? 0 : plainDigits(value, start, end);
			Integer repeats = (last || wordDigits > 0 || plainDigits > 0) ? null
					: this.multipliers.get(value, start, end, hash);
			if (repeats != null && factorEnd < 0 && joinEnd < 0
					&& (digits == 0 || onlySeparators(value, runEnd, start))) {
				factor = repeats;
				factorStart = start;
				factorEnd = end;
				continue;
			}
			boolean repeated = factorEnd >= 0 && onlySeparators(value, factorEnd, start)
					&& (wordDigits == 1 || plainDigits == 1);
			if (repeated) {
				wordDigits *= factor;
				plainDigits *= factor;
			}
			int repeatStart = repeated ? factorStart : start;
			int repeatFrom = repeated ? factorEnd : -1;
			factor = 1;
			factorStart = -1;
			factorEnd = -1;
			int spoken = (wordDigits > 0) ? spokenValue(value, start, end, hash) : -1;
			boolean joined = joinEnd >= 0
					|| (runEnd >= 0 && runEnd < start && value.charAt(runEnd) == '-' && start - runEnd == 1);
			boolean said = wordDigits > 0;
			if (said && digits > 0 && joined && compound >= 0 && spoken >= 0) {
				// "vingt-deux", "quatre-vingt-dix-neuf", "cuarenta y cinco": one number,
				// its digits
				int combined = combine(compound, spoken);
				if (combined >= 0) {
					wordDigits = Math.max(0, digitCount(combined) - digitCount(compound));
					spoken = combined;
				}
			}
			if (wordDigits == 0 && plainDigits == 0 && digits > 0 && joinEnd < 0 && !last
					&& this.joiners.get(value, start, end, hash) != null && onlySeparators(value, runEnd, start)) {
				// "cuarenta y cinco": the run goes on if a number word follows
				joinEnd = end;
				continue;
			}
			int from = (joinEnd >= 0) ? joinEnd : runEnd;
			joinEnd = -1;
			if (repeatFrom >= 0 && digits > 0 && onlySeparators(value, runEnd, repeatStart)) {
				from = repeatFrom;
			}
			if ((said || plainDigits > 0) && digits > 0 && onlySeparators(value, from, start)) {
				runEnd = end;
				digits += wordDigits + plainDigits;
				words += said ? 1 : 0;
				compound = spoken;
				continue;
			}
			compound = spoken;
			if (digits >= 7 && digits <= 15 && words >= 2 && !isMasked(runStart, runEnd, masked)
					&& !isSafeRun(text, runStart, runEnd)) {
				found.add(new Span(runStart, runEnd));
			}
			digits = wordDigits + plainDigits;
			words = (wordDigits > 0) ? 1 : 0;
			runStart = repeatStart;
			runEnd = end;
		}
	}

	/**
	 * Two number words joined by a hyphen or a joiner as one number: tens and units
	 * ("vingt-deux" 22, "cuarenta y cinco" 45, "soixante-dix" 70, "quatre-vingt-dix-neuf"
	 * 99), "quatre-vingt" 80; -1 when they are two numbers.
	 */
	private static int combine(int before, int word) {
		if (before == 4 && word == 20) {
			return 80;
		}
		if (before >= 20 && before < 100 && before % 10 == 0 && word > 0
				&& (word < 10 || ((before == 60 || before == 80) && word < 20))) {
			return before + word;
		}
		return -1;
	}

	private static int digitCount(int number) {
		return (number < 10) ? 1 : (number < 100) ? 2 : 3;
	}

	/**
	 * The value of a token that is one number word under 100 of the lexicons, else -1.
	 */
	private int spokenValue(String value, int start, int end, int hash) {
		String digits = this.numberWords.get(value, start, end, hash);
		if (digits == null || digits.isEmpty() || digits.length() > 2) {
			return -1;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (!isDigit(digits.charAt(i))) {
				return -1;
			}
		}
		return Integer.parseInt(digits);
	}

	/**
	 * A spelled-out run that is a quantity or an id: a unit after it, an id word before.
	 */
	private boolean isSafeRun(NormalizedText text, int start, int end) {
		String value = text.value();
		int after = end;
		while (after < value.length() && value.charAt(after) == ' ') {
			after++;
		}
		if (this.units.contains(wordAt(value, after))) {
			return true;
		}
		int before = start;
		while (before > 0 && !Character.isLetterOrDigit(value.charAt(before - 1)) && start - before < 4) {
			before--;
		}
		int wordStart = before;
		while (wordStart > 0 && Character.isLetterOrDigit(value.charAt(wordStart - 1))) {
			wordStart--;
		}
		return wordStart < before && this.idWords.contains(value.substring(wordStart, before));
	}

	/**
	 * How many digits a token says as a number word of the lexicons ("trente-quatre" is
	 * two tokens, 30 and 4: close enough to count digits), or as CJK numerals in a row.
	 */
	private int spokenDigits(String value, int start, int end, int hash) {
		char first = value.charAt(start);
		if (first < 128 ? this.numberWordFirst[first] : this.numberWordNonAscii) {
			String digits = this.numberWords.get(value, start, end, hash);
			if (digits != null) {
				return digits.length();
			}
			// "dreiundzwanzig": a number word, a joiner, a number word in one token
			if (end - start > 6) {
				for (String joiner : this.joinerList) {
					for (int at = start + 2; at + joiner.length() < end - 1; at++) {
						if (value.startsWith(joiner, at) && this.numberWords.contains(value, start, at)
								&& this.numberWords.contains(value, at + joiner.length(), end)) {
							return 2;
						}
					}
				}
			}
		}
		if (first >= 0x2e80 && !this.numberChars.isEmpty()) {
			int count = 0;
			for (int i = start; i < end; i++) {
				String digits = this.numberChars.get(value.charAt(i));
				if (digits == null) {
					return 0;
				}
				count += digits.length();
			}
			return (count >= 3) ? count : 0;
		}
		return 0;
	}

	/** The digits of a short all-digit token ("555", "0"), else 0. */
	private static int plainDigits(String value, int start, int end) {
		if (end - start > 4) {
			return 0;
		}
		for (int i = start; i < end; i++) {
			if (!isDigit(value.charAt(i))) {
				return 0;
			}
		}
		return end - start;
	}

	private static Set<String> lower(List<String> words) {
		Set<String> set = new HashSet<>();
		for (String word : words) {
			set.add(NormalizedText.of(word.trim()).value());
		}
		return Set.copyOf(set);
	}

	private static boolean onlySeparators(String value, int from, int to) {
		if (to - from > 3) {
			return false;
		}
		for (int k = from; k < to; k++) {
			if (SPOKEN_SEPARATORS.indexOf(value.charAt(k)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isMasked(int start, int end, List<Span> masked) {
		for (Span span : masked) {
			if (start < span.end() && span.start() < end) {
				return true;
			}
		}
		return false;
	}

	private static String wordAt(String value, int from) {
		int end = from;
		while (end < value.length() && Character.isLetter(value.charAt(end))) {
			end++;
		}
		return value.substring(from, end);
	}

	private static String digitsOf(String cluster) {
		StringBuilder digits = new StringBuilder(cluster.length());
		for (int k = 0; k < cluster.length(); k++) {
			if (isDigit(cluster.charAt(k))) {
				digits.append(cluster.charAt(k));
			}
		}
		return digits.toString();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || (c >= '\u2010' && c <= '\u2015')
				|| c == '\u2212';
	}

	/** A configured region with what its metadata says about lengths. */
	private record Region(String code, Set<Integer> lengths, String nationalPrefix, String countryCode) {

		/** Whether a digit string could be a national number here, by length alone. */
		boolean mayHold(String digits) {
			if (this.lengths.contains(digits.length())) {
				return true;
			}
			if (!this.nationalPrefix.isEmpty() && digits.startsWith(this.nationalPrefix)
					&& this.lengths.contains(digits.length() - this.nationalPrefix.length())) {
				return true;
			}
			return digits.startsWith(this.countryCode)
					&& this.lengths.contains(digits.length() - this.countryCode.length());
		}

	}

}
