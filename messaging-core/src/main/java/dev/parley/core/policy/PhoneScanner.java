package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

	private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:\\.\\d{1,2})?");

	private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");

	private static final Set<String> ID_WORDS = Set.of("order", "orders", "invoice", "inv", "ref", "reference", "sku",
			"model", "part", "item", "asin", "isbn", "ean", "upc", "gtin", "mpn", "serial", "sn", "s/n", "lot", "batch",
			"tracking", "track", "waybill", "awb", "shipment", "parcel", "package", "confirmation", "receipt",
			"transaction", "case", "ticket", "id", "code", "no", "nr", "num", "ups", "fedex", "usps", "dhl", "pedido",
			"factura", "referencia", "seguimiento", "env\u00edo", "envio", "modelo", "art\u00edculo", "bestellung",
			"bestellnummer", "rechnung", "sendung", "sendungsnummer", "commande", "facture", "colis", "suivi",
			"account", "cuenta", "version", "v", "rma", "return", "claim", "certificate", "license", "licence",
			"patent", "vin");

	private static final Set<String> PHONE_WORDS = Set.of("call", "phone", "tel", "telephone", "mobile", "cell",
			"cellphone", "whatsapp", "text", "sms", "fax", "ring", "dial", "llama", "llamar", "llamanos",
			"ll\u00e1manos", "tel\u00e9fono", "telefono", "m\u00f3vil", "movil", "celular", "whatsap", "anrufen",
			"handy", "telefon", "appel", "appelez", "portable", "t\u00e9l\u00e9phone", "telegram", "viber", "signal");

	private static final Set<String> UNITS = Set.of("pcs", "pc", "pieces", "piece", "units", "unit", "items", "item",
			"x", "kg", "g", "mg", "lb", "lbs", "oz", "cm", "mm", "m", "km", "in", "inch", "inches", "ft", "feet", "ml",
			"l", "mah", "w", "kw", "v", "gb", "tb", "mb", "kb", "days", "day", "hours", "hrs", "minutes", "min",
			"years", "months", "stars", "reviews", "orders", "views", "sold", "customers", "usd", "eur", "gbp", "mxn",
			"inr", "jpy", "cad", "aud", "dollars", "euros", "pounds", "pesos", "rupees", "yen", "st\u00fcck",
			"unidades", "piezas", "pares", "pairs", "sets", "rpm", "mhz", "ghz", "dpi", "px", "points", "pts");

	private static final Set<String> CURRENCY_WORDS = Set.of("usd", "eur", "gbp", "mxn", "inr", "jpy", "cad", "aud",
			"rs", "us", "total", "price", "cost", "amount", "refund", "paid", "pay", "charge", "charged", "$", "precio",
			"importe", "preis", "betrag", "prix", "montant");

	private static final String[] DIGIT_WORDS = { "zero", "oh", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve" };

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	private final List<Region> regions;

	PhoneScanner(List<String> regionCodes) {
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
		findSpelledOut(text, found);
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
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
			if ("$\u20ac\u00a3\u00a5\u20b9#\u2116".indexOf(previous) >= 0) {
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
		if (UNITS.contains(next) || next.equals("x") || next.equals("by")) {
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
			if (PHONE_WORDS.contains(word)) {
				return false;
			}
			if (ID_WORDS.contains(word) || (w < 2 && CURRENCY_WORDS.contains(word))) {
				return true;
			}
			position = wordStart;
		}
		return false;
	}

	private boolean isPhone(NormalizedText text, int start, int end, String cluster, boolean international) {
		String digits = digitsOf(cluster);
		if (international) {
			String e164 = "+" + (digits.startsWith("00") ? digits.substring(2) : digits);
			if (isValid(e164, "ZZ") && confirm(cluster.startsWith("00") ? "+" + cluster.substring(2) : cluster, "ZZ")) {
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

	private boolean confirm(String candidate, String region) {
		return this.phones.findNumbers(candidate, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
			.iterator()
			.hasNext();
	}

	private static boolean phoneWordBefore(String value, int start) {
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
			if (PHONE_WORDS.contains(word)) {
				return true;
			}
			if (ID_WORDS.contains(word)) {
				return false;
			}
			position = wordStart;
		}
		return false;
	}

	/**
	 * Seven or more digits written as words, digits mixed in: "five five five 1 2 3 4"
	 * (at least three words, so that "1, 2, 3, 4, 5, 6, 7" stays a list).
	 */
	private static void findSpelledOut(NormalizedText text, List<Span> found) {
		String value = text.value();
		int runStart = -1;
		int runEnd = -1;
		int count = 0;
		int words = 0;
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			boolean word = isDigitWord(value, start, end);
			boolean digit = word || (end - start == 1 && isDigit(value.charAt(start)));
			if (digit && count > 0 && onlySeparators(value, runEnd, start)) {
				runEnd = end;
				count++;
				words += word ? 1 : 0;
				continue;
			}
			if (count >= 7 && words >= 3) {
				found.add(new Span(runStart, runEnd));
			}
			count = digit ? 1 : 0;
			words = word ? 1 : 0;
			runStart = start;
			runEnd = end;
		}
		if (count >= 7 && words >= 3) {
			found.add(new Span(runStart, runEnd));
		}
	}

	/** The digit words by length and first letter, so a token is checked in one step. */
	private static final String[][][] DIGIT_WORDS_BY_SHAPE = new String[7][26][];

	static {
		for (String word : DIGIT_WORDS) {
			String[] same = DIGIT_WORDS_BY_SHAPE[word.length()][word.charAt(0) - 'a'];
			String[] more = (same == null) ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
			more[more.length - 1] = word;
			DIGIT_WORDS_BY_SHAPE[word.length()][word.charAt(0) - 'a'] = more;
		}
	}

	private static boolean isDigitWord(String value, int start, int end) {
		int length = end - start;
		char first = value.charAt(start);
		if (length < 2 || length > 6 || first < 'a' || first > 'z') {
			return false;
		}
		String[] candidates = DIGIT_WORDS_BY_SHAPE[length][first - 'a'];
		if (candidates != null) {
			for (String word : candidates) {
				if (value.regionMatches(start, word, 0, length)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean onlySeparators(String value, int from, int to) {
		if (to - from > 3) {
			return false;
		}
		for (int k = from; k < to; k++) {
			if (" -,.".indexOf(value.charAt(k)) < 0) {
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
