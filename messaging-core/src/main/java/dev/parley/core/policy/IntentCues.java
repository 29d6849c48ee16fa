package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Intent in words no phrase foresees: a cue is a few groups of word stems that together,
 * within one sentence and a window of {@value #WINDOW} words, in any order, make an ask
 * ("Etsy" + "shop" + "cheaper"; "zwei" + "dritte" + "geschenkt"; "supprimer" + "avis").
 * Phrases pin the wording; cues pin the concepts, so inflections, compounds, elisions and
 * word order do not matter:
 * <ul>
 * <li>words are compared folded: accents and umlauts dropped, {@code ae/oe/ue} read as
 * {@code a/o/u}, {@code ß} as {@code ss} (senders write "Rueckerstattung" and
 * "Rückerstattung");</li>
 * <li>a stem is a whole word ({@code shop}), a word start ({@code kauf*}: kaufen, kaufe,
 * gekauft does not), a compound part ({@code *kollektion*}: Herbstkollektion; only in
 * words longer than the part) or a compound end ({@code *bewertung});</li>
 * <li>{@code #} is any word that starts with a digit ("2", "3rd"); {@code %} any word
 * shaped like a discount code ("SAVE20": three letters or more and a digit);</li>
 * <li>a group written {@code !a|b} is a negation: a hit with one of its words inside it
 * or within three words around it is not a hit ("we do not offer codes"); written
 * {@code !<a|b} only inside or before it counts ("Thanks for your feedback, we will
 * change" against "please remove the comment and we will"); written {@code !*a|b}
 * anywhere in the sentence counts ("the special price … so we refunded the
 * difference").</li>
 * </ul>
 * Lexicon syntax ({@code intent-cues} section), one cue a line:
 * {@code promotional: zwei|2|drei|3 & dritt*|viert*|3rd & gratis|geschenkt|umsonst}; a
 * cue whose words must stand closer says so, {@code review-manipulation/4: …}, and one
 * whose groups must come in the order written ends its head with {@code >}
 * ({@code review-manipulation/3>: for & a & review}: "for a review", not "a review,
 * for"). The rule names are {@code off-platform}, {@code promotional} (strong),
 * {@code promotional-weak}, {@code review-manipulation}. Every hit names its rule and its
 * span (from its first cue word to its last), so it stays explainable.
 * <p>
 * Thread-safe: immutable after construction.
 */
final class IntentCues {

	/** What a cue detects. */
	enum Kind {

		OFF_PLATFORM, PROMOTIONAL, PROMOTIONAL_WEAK, REVIEW_MANIPULATION;

		static Kind of(String name) {
			return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
		}

	}

	/** Words between a cue's first and last word, at most. */
	static final int WINDOW = 12;

	/** How far before or after a hit a negation still counts. */
	private static final int NEGATION_REACH = 3;

	private final Cue[] cues;

	/** Of each cue, its groups and its negations (as bits): read for every word. */
	private final int[] positives;

	private final int[] negations;

	/** Where each cue's groups start in the per-sentence table of last positions. */
	private final int[] groupBase;

	private final int slots;

	/** Whole words: folded word to the cue groups it is in (cue * 16 + group). */
	private final WordTable<int[]> words;

	/** Word starts by their first three letters. */
	private final WordTable<Stem[]> starts;

	/** Compound parts and ends, tried on long words only. */
	private final Stem[] parts;

	/**
	 * Of each cue, its groups that hold {@code #} (any number): a number meets them all
	 * at once, so they are read from the sentence's last number instead of one code per
	 * group and number (a number is in a fifth of the cues).
	 */
	private final int[] digitMask;

	/** The cues with such a group, in order. */
	private final int[] digitCues;

	/** Negations that hold {@code #}: a number is one of their words. */
	private final int[] digitNegationCodes;

	/** The groups of {@code %}: words shaped like a discount code. */
	private final int[] codeCodes;

	private final int shortestPart;

	/** The first two letters of the parts (ASCII), a test before the table. */
	private final boolean[] partPairs = new boolean[128 * 128];

	/** {@link #parts} by their first three letters. */
	private final WordTable<Stem[]> partsByStart;

	private IntentCues(Cue[] cues, Map<String, int[]> words, Map<String, Stem[]> starts, Stem[] parts, int[] digitCodes,
			int[] codeCodes) {
		this.codeCodes = codeCodes;
		this.cues = cues;
		this.positives = new int[cues.length];
		this.negations = new int[cues.length];
		this.groupBase = new int[cues.length];
		int slot = 0;
		for (int i = 0; i < cues.length; i++) {
			this.positives[i] = cues[i].positive;
			this.negations[i] = cues[i].negations;
			this.groupBase[i] = slot;
			slot += 32 - Integer.numberOfLeadingZeros(cues[i].positive | cues[i].negations);
		}
		this.slots = slot;
		this.words = WordTable.of(words);
		this.starts = WordTable.of(starts);
		this.parts = parts;
		this.digitMask = new int[cues.length];
		List<Integer> digitCues = new ArrayList<>();
		List<Integer> digitNegations = new ArrayList<>();
		for (int code : digitCodes) {
			int cue = code >>> 4;
			int bit = 1 << (code & 15);
			if ((cues[cue].negations & bit) != 0) {
				digitNegations.add(code);
				continue;
			}
			if (this.digitMask[cue] == 0) {
				digitCues.add(cue);
			}
			this.digitMask[cue] |= bit;
		}
		this.digitCues = digitCues.stream().mapToInt(Integer::intValue).toArray();
		this.digitNegationCodes = digitNegations.stream().mapToInt(Integer::intValue).toArray();
		int shortest = Integer.MAX_VALUE;
		for (Stem part : parts) {
			shortest = Math.min(shortest, part.stem.length());
		}
		this.shortestPart = shortest;
		Map<String, List<Stem>> byStart = new HashMap<>();
		for (Stem part : parts) {
			byStart.computeIfAbsent(part.stem.substring(0, 3), (key) -> new ArrayList<>()).add(part);
			char first = part.stem.charAt(0);
			char second = part.stem.charAt(1);
			if (first < 128 && second < 128) {
				this.partPairs[first * 128 + second] = true;
			}
		}
		Map<String, Stem[]> table = new HashMap<>();
		byStart.forEach((key, list) -> table.put(key, list.toArray(new Stem[0])));
		this.partsByStart = WordTable.of(table);
	}

	static IntentCues of(PolicySettings.Words words) {
		return of(words.all(Lexicon.Section.INTENT_CUES));
	}

	/**
	 * Compiles cues.
	 * @param entries lines as in a lexicon file
	 * @return the cues
	 * @throws IllegalArgumentException for a malformed cue
	 */
	static IntentCues of(List<String> entries) {
		List<Cue> cues = new ArrayList<>();
		Map<String, List<Integer>> words = new HashMap<>();
		Map<String, List<Stem>> starts = new HashMap<>();
		Map<String, List<Integer>> parts = new HashMap<>();
		Map<String, Boolean> partIsEnd = new HashMap<>();
		List<Integer> digits = new ArrayList<>();
		List<Integer> codeWords = new ArrayList<>();
		for (String entry : entries) {
			int colon = entry.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("an intent cue starts with its rule and a colon: " + entry);
			}
			String head = entry.substring(0, colon);
			int window = WINDOW;
			boolean ordered = head.strip().endsWith(">");
			if (ordered) {
				head = head.strip().substring(0, head.strip().length() - 1);
			}
			int slash = head.indexOf('/');
			if (slash >= 0) {
				try {
					window = Integer.parseInt(head.substring(slash + 1).strip());
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("bad window in intent cue: " + entry, ex);
				}
				head = head.substring(0, slash);
			}
			Kind kind;
			try {
				kind = Kind.of(head);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("unknown rule in intent cue: " + entry, ex);
			}
			String[] groups = entry.substring(colon + 1).split("&");
			if (groups.length > 15) {
				throw new IllegalArgumentException("an intent cue has at most 15 groups: " + entry);
			}
			int positive = 0;
			int negations = 0;
			int before = 0;
			int sentence = 0;
			int index = cues.size();
			for (int group = 0; group < groups.length; group++) {
				String words0 = groups[group].strip();
				boolean negation = words0.startsWith("!");
				if (negation) {
					words0 = words0.substring(1).strip();
					negations |= 1 << group;
					if (words0.startsWith("<")) {
						words0 = words0.substring(1).strip();
						before |= 1 << group;
					}
					else if (words0.startsWith("*")) {
						words0 = words0.substring(1).strip();
						sentence |= 1 << group;
					}
				}
				else {
					positive |= 1 << group;
				}
				for (String word : words0.split("\\|")) {
					String stem = word.strip();
					if (stem.isEmpty()) {
						throw new IllegalArgumentException("empty word in intent cue: " + entry);
					}
					int code = index * 16 + group;
					if (stem.equals("#")) {
						digits.add(code);
					}
					else if (stem.equals("%")) {
						codeWords.add(code);
					}
					else if (stem.startsWith("*")) {
						boolean end = !stem.endsWith("*");
						String folded = fold(stem.substring(1, end ? stem.length() : stem.length() - 1));
						checkLength(folded, 4, entry);
						parts.computeIfAbsent(folded, (key) -> new ArrayList<>()).add(end ? -code - 1 : code);
						partIsEnd.putIfAbsent(folded, end);
					}
					else if (stem.endsWith("*")) {
						String folded = fold(stem.substring(0, stem.length() - 1));
						checkLength(folded, 3, entry);
						starts.computeIfAbsent(folded.substring(0, 3), (key) -> new ArrayList<>())
							.add(new Stem(folded, new int[] { code }));
					}
					else {
						words.computeIfAbsent(fold(stem), (key) -> new ArrayList<>()).add(code);
					}
				}
			}
			if (Integer.bitCount(positive) < 1) {
				throw new IllegalArgumentException("an intent cue needs a group of words: " + entry);
			}
			cues.add(new Cue(kind, positive, negations, before, sentence, window, ordered, entry.strip()));
		}
		Map<String, int[]> wordTable = new HashMap<>();
		words.forEach((word, codes) -> wordTable.put(word, codes.stream().mapToInt(Integer::intValue).toArray()));
		Map<String, Stem[]> startTable = new HashMap<>();
		starts.forEach((key, stems) -> startTable.put(key, stems.toArray(new Stem[0])));
		List<Stem> partList = new ArrayList<>();
		parts.forEach(
				(part, codes) -> partList.add(new Stem(part, codes.stream().mapToInt(Integer::intValue).toArray())));
		return new IntentCues(cues.toArray(new Cue[0]), Map.copyOf(wordTable), Map.copyOf(startTable),
				partList.toArray(new Stem[0]), digits.stream().mapToInt(Integer::intValue).toArray(),
				codeWords.stream().mapToInt(Integer::intValue).toArray());
	}

	private static void checkLength(String stem, int min, String entry) {
		if (stem.length() < min) {
			throw new IllegalArgumentException(
					"a word start needs " + min + " letters, a compound part 4, in intent cue: " + entry);
		}
	}

	/**
	 * Every cue that a text meets, at most one hit per cue and sentence.
	 * @param text the normalized text
	 * @return hits in normalized positions, in text order
	 */
	List<Hit> find(NormalizedText text) {
		if (this.cues.length == 0 || text.tokenCount() == 0) {
			return List.of();
		}
		String value = text.value();
		Scan scan = new Scan(text);
		List<int[]> negationsSeen = new ArrayList<>(0);
		int sentenceHits = 0;
		int[] codes = new int[32];
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			if (token > 0 && endsSentence(value, text.tokenEnd(token - 1), start)) {
				sentenceHits = settle(scan.hits, sentenceHits, negationsSeen);
				scan.endSentence();
			}
			if (Character.isDigit(value.charAt(start))) {
				scan.lastNumber = token + 1;
				for (int cue : this.digitCues) {
					scan.meet(cue, token);
				}
			}
			int hash = text.tokenHash(token);
			int found = matches(value, start, end, hash, codes);
			if (found > codes.length) {
				codes = new int[found];
				found = matches(value, start, end, hash, codes);
			}
			for (int i = 0; i < found; i++) {
				int code = codes[i];
				int cue = code >>> 4;
				int group = code & 15;
				if ((this.negations[cue] & (1 << group)) != 0) {
					Cue definition = this.cues[cue];
					negationsSeen.add(new int[] { cue, token,
							(((definition.sentence >> group) & 1) != 0) ? 2 : (definition.before >> group) & 1 });
					continue;
				}
				scan.see(code, token);
				scan.meet(cue, token);
			}
		}
		settle(scan.hits, sentenceHits, negationsSeen);
		return scan.hits;
	}

	/**
	 * What one {@link #find} knows of the sentence it is in. The tables are as long as
	 * there are cue groups (thousands): a sentence's end resets only what it touched.
	 */
	private final class Scan {

		private final NormalizedText text;

		/** 1 + the last token of each cue group in this sentence, 0 when none. */
		private final int[] last = new int[IntentCues.this.slots];

		/** The groups of each cue seen in this sentence, as bits. */
		private final int[] groupsSeen = new int[IntentCues.this.cues.length];

		/** The cues met in this sentence: at most one hit each. */
		private final boolean[] done = new boolean[IntentCues.this.cues.length];

		/**
		 * The groups touched in this sentence, each once (while its {@link #last} is 0):
		 * at most one per slot. Sized so, it never grows. With an array of 64 that grew
		 * when full, round 20's cues took the 2 KB benchmark message from 125 to 165 µs
		 * in full-length JMH runs (not in short ones), and back to 130 µs sized so: most
		 * likely the rarely taken growth branch undoing the compiled scan.
		 */
		private final int[] touched = new int[IntentCues.this.slots];

		private int touchedCount;

		private int[] met = new int[8];

		private int metCount;

		/** 1 + the sentence's last number, 0 when none. */
		private int lastNumber;

		private final List<Hit> hits = new ArrayList<>(0);

		Scan(NormalizedText text) {
			this.text = text;
		}

		void endSentence() {
			for (int i = 0; i < this.touchedCount; i++) {
				int code = this.touched[i];
				this.last[IntentCues.this.groupBase[code >>> 4] + (code & 15)] = 0;
				this.groupsSeen[code >>> 4] = 0;
			}
			this.touchedCount = 0;
			for (int i = 0; i < this.metCount; i++) {
				this.done[this.met[i]] = false;
			}
			this.metCount = 0;
			this.lastNumber = 0;
		}

		/** A word of a cue group at a token. */
		void see(int code, int token) {
			int cue = code >>> 4;
			int slot = IntentCues.this.groupBase[cue] + (code & 15);
			if (this.last[slot] == 0) {
				this.touched[this.touchedCount++] = code;
			}
			this.last[slot] = token + 1;
			this.groupsSeen[cue] |= 1 << (code & 15);
		}

		/** A hit when the cue is met at this token and was not yet in this sentence. */
		void meet(int cue, int token) {
			int positive = IntentCues.this.positives[cue];
			int seen = this.groupsSeen[cue] | ((this.lastNumber > 0) ? IntentCues.this.digitMask[cue] : 0);
			if (this.done[cue] || (seen & positive) != positive) {
				return;
			}
			int first = firstOfMet(cue, token, this.last, this.lastNumber);
			if (first < 0) {
				return;
			}
			this.done[cue] = true;
			if (this.metCount == this.met.length) {
				this.met = java.util.Arrays.copyOf(this.met, this.metCount * 2);
			}
			this.met[this.metCount++] = cue;
			Cue definition = IntentCues.this.cues[cue];
			this.hits.add(new Hit(definition.kind, this.text.tokenStart(first), this.text.tokenEnd(token),
					definition.source, first, token, cue));
		}

	}

	/**
	 * Whether a cue whose every group has been seen in the sentence is met at a token:
	 * each group's last word within the window (in order, for an ordered cue).
	 * @return the token of its first word, or -1
	 */
	private int firstOfMet(int cue, int token, int[] last, int lastNumber) {
		Cue definition = this.cues[cue];
		int base = this.groupBase[cue];
		int numbers = this.digitMask[cue];
		int first = token;
		int previous = -1;
		for (int g = 0; g < 16; g++) {
			if ((definition.positive & (1 << g)) == 0) {
				continue;
			}
			int seen = (((numbers >> g) & 1) != 0) ? Math.max(last[base + g], lastNumber) - 1 : last[base + g] - 1;
			if (seen < 0 || token - seen > definition.window || (definition.ordered && seen <= previous)) {
				return -1;
			}
			previous = seen;
			first = Math.min(first, seen);
		}
		return first;
	}

	/**
	 * Drops the hits of the sentence just ended that a negation of their cue stands next
	 * to.
	 * @return the number of hits that are settled
	 */
	private static int settle(List<Hit> hits, int from, List<int[]> negations) {
		if (!negations.isEmpty()) {
			for (int i = hits.size() - 1; i >= from; i--) {
				Hit hit = hits.get(i);
				for (int[] negation : negations) {
					boolean near = negation[2] == 2 || (negation[1] >= hit.firstToken - NEGATION_REACH
							&& negation[1] <= hit.lastToken + ((negation[2] == 1) ? 0 : NEGATION_REACH));
					if (negation[0] == hit.cueIndex() && near) {
						hits.remove(i);
						break;
					}
				}
			}
			negations.clear();
		}
		return hits.size();
	}

	/**
	 * The cue groups of a token; fills {@code codes}, returns how many (more than its
	 * length when it is too short: then none is lost, the caller asks again).
	 */
	private int matches(String value, int start, int end, int hash, int[] codes) {
		int n = 0;
		if (Character.isDigit(value.charAt(start))) {
			for (int code : this.digitNegationCodes) {
				n = add(codes, n, code);
			}
			int[] number = this.words.get(value, start, end, hash);
			if (number != null) {
				for (int code : number) {
					n = add(codes, n, code);
				}
			}
			return n;
		}
		if (codeShaped(value, start, end)) {
			for (int code : this.codeCodes) {
				n = add(codes, n, code);
			}
		}
		// most words are folded already: then the text itself is looked up
		String word = folded(value, start, end) ? null : fold(value.substring(start, end));
		String in = (word == null) ? value : word;
		int from = (word == null) ? start : 0;
		int length = (word == null) ? end - start : word.length();
		int[] exact = (word == null) ? this.words.get(value, start, end, hash) : this.words.get(word, 0, length);
		if (exact != null) {
			for (int code : exact) {
				n = add(codes, n, code);
			}
		}
		if (length >= 3) {
			Stem[] stems = this.starts.get(in, from, from + 3);
			if (stems != null) {
				for (Stem stem : stems) {
					if (in.startsWith(stem.stem, from) && stem.stem.length() <= length) {
						for (int code : stem.codes) {
							n = add(codes, n, code);
						}
					}
				}
			}
		}
		if (length > this.shortestPart) {
			n = addParts(in, from, from + length, codes, n);
		}
		return n;
	}

	/**
	 * The groups of the compound parts inside a word (not at its start) and of the
	 * compound ends it ends with: each position's first three letters find the parts that
	 * can start there, so a word costs one probe per letter, not one search per part.
	 */
	private int addParts(String text, int start, int end, int[] codes, int n) {
		int seen = 0;
		Stem[] matched = null;
		for (int at = start + 1; at + this.shortestPart <= end; at++) {
			char first = text.charAt(at);
			char second = text.charAt(at + 1);
			if (first < 128 && second < 128 && !this.partPairs[first * 128 + second]) {
				continue;
			}
			Stem[] candidates = this.partsByStart.get(text, at, at + 3);
			if (candidates == null) {
				continue;
			}
			for (Stem part : candidates) {
				int partLength = part.stem.length();
				if (at + partLength > end || !text.startsWith(part.stem, at)) {
					continue;
				}
				if (matched == null) {
					matched = new Stem[4];
				}
				boolean again = false;
				for (int i = 0; i < seen; i++) {
					again |= matched[i] == part;
				}
				boolean endsWith = at + partLength == end;
				if (again && !endsWith) {
					continue;
				}
				if (!again) {
					if (seen == matched.length) {
						matched = java.util.Arrays.copyOf(matched, seen * 2);
					}
					matched[seen++] = part;
				}
				for (int code : part.codes) {
					if (code >= 0) {
						if (!again) {
							n = add(codes, n, code);
						}
					}
					else if (endsWith) {
						n = add(codes, n, -code - 1);
					}
				}
			}
		}
		return n;
	}

	/**
	 * A word shaped like a discount code: letters and digits only, at least three letters
	 * and a digit ("SAVE20", "VIP15"; not "E4" or "M6").
	 */
	private boolean codeShaped(String value, int start, int end) {
		if (this.codeCodes.length == 0 || end - start < 4) {
			return false;
		}
		int letters = 0;
		int digits = 0;
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (c >= 'a' && c <= 'z') {
				letters++;
			}
			else if (c >= '0' && c <= '9') {
				digits++;
			}
			else {
				return false;
			}
		}
		return letters >= 3 && digits >= 1;
	}

	/** Adds a code; past the array's end only counts it (the caller grows the array). */
	private static int add(int[] codes, int n, int code) {
		if (n < codes.length) {
			codes[n] = code;
		}
		return n + 1;
	}

	/** Whether {@link #fold} leaves a word of a (lower case) text as it is. */
	private static boolean folded(String value, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (c >= 0xc0 || (c >= 'A' && c <= 'Z') || (c == 'e' && i > start && isDigraphStart(value.charAt(i - 1)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A word as cues compare it: no accents or umlauts, {@code ae/oe/ue} as
	 * {@code a/o/u}, {@code ß} as {@code ss}.
	 */
	static String fold(String word) {
		StringBuilder folded = null;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			char plain = plain(c);
			boolean digraph = (c == 'e') && i > 0 && isDigraphStart(word.charAt(i - 1));
			if (plain != c || digraph || c == 'ß' || c == 'œ') {
				if (folded == null) {
					folded = new StringBuilder(word.length());
					folded.append(word, 0, i);
				}
			}
			if (folded != null) {
				if (digraph) {
					continue;
				}
				if (c == 'ß') {
					folded.append("ss");
				}
				else if (c == 'œ') {
					folded.append('o');
				}
				else {
					folded.append(plain);
				}
			}
		}
		return (folded == null) ? word.toLowerCase(Locale.ROOT) : folded.toString().toLowerCase(Locale.ROOT);
	}

	private static boolean isDigraphStart(char c) {
		return c == 'a' || c == 'o' || c == 'u';
	}

	private static char plain(char c) {
		if (c < 0xc0) {
			return c;
		}
		return switch (c) {
			case 'à', 'á', 'â', 'ä', 'ã', 'å' -> 'a';
			case 'ç' -> 'c';
			case 'è', 'é', 'ê', 'ë' -> 'e';
			case 'ì', 'í', 'î', 'ï' -> 'i';
			case 'ñ' -> 'n';
			case 'ò', 'ó', 'ô', 'ö', 'õ' -> 'o';
			case 'ù', 'ú', 'û', 'ü' -> 'u';
			case 'ý', 'ÿ' -> 'y';
			default -> c;
		};
	}

	/**
	 * Whether the gap between two words ends a sentence: {@code ! ?} (not {@code ;}:
	 * "your feedback said it was late; could you remove it?"), or a full stop followed by
	 * a space (not the dot of "9.99" or "gmx.de").
	 */
	private static boolean endsSentence(String value, int from, int to) {
		boolean stop = false;
		boolean clause = false;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c == ',' || c == ':') {
				clause = true;
			}
			// "Solo quedan 3 unidades, ¡dese prisa!": an opening mark after a comma opens
			// a clause of the same sentence
			if (c == '!' || c == '?' || ((c == '¡' || c == '¿') && !clause)) {
				return true;
			}
			if (c == '.') {
				stop = true;
			}
			else if (stop && c == ' ') {
				return true;
			}
		}
		return false;
	}

	/**
	 * A cue met.
	 *
	 * @param kind its rule
	 * @param start start in the normalized text (its first cue word)
	 * @param end end in the normalized text (its last cue word)
	 * @param cue the cue as written in the lexicon, for explaining the hit
	 * @param firstToken the token of its first cue word
	 * @param lastToken the token of its last cue word
	 * @param cueIndex which cue
	 */
	record Hit(Kind kind, int start, int end, String cue, int firstToken, int lastToken, int cueIndex) {

	}

	private record Cue(Kind kind, int positive, int negations, int before, int sentence, int window, boolean ordered,
			String source) {

	}

	private record Stem(String stem, int[] codes) {

	}

}
