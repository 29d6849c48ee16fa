package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Review asks in words no phrase list foresees: a sentence that names a review (a review
 * noun of any lexicon) and asks the reader something (a {@code review-asks} phrase, or a
 * review imperative as its first word) asks for, or about, a review. "Thanks for your
 * feedback, we will change the packaging" asks nothing; "Would you mind revisiting your
 * seller rating?" does. The hit is the sentence.
 * <p>
 * Thread-safe: immutable.
 */
final class ReviewContext {

	private final WordTable<Boolean> nouns;

	private final List<String> exclusions;

	private final Set<String> imperatives;

	/** The lengths of the nouns long enough to end a compound. */
	private final int[] compoundLengths;

	private static final int MIN_COMPOUND_END = 8;

	private ReviewContext(Set<String> nouns, List<String> exclusions, Set<String> imperatives) {
		this.nouns = WordTable.of(nouns);
		this.exclusions = exclusions;
		this.imperatives = imperatives;
		this.compoundLengths = nouns.stream()
			.mapToInt(String::length)
			.filter((length) -> length >= MIN_COMPOUND_END)
			.distinct()
			.toArray();
	}

	static ReviewContext of(PolicySettings.Words words) {
		Set<String> nouns = new HashSet<>();
		List<String> exclusions = new ArrayList<>();
		for (String entry : words.all(Lexicon.Section.REVIEW_NOUNS)) {
			String trimmed = entry.trim();
			if (trimmed.startsWith("!")) {
				exclusions.add(NormalizedText.of(trimmed.substring(1).trim()).value());
			}
			else {
				nouns.add(NormalizedText.of(trimmed).value());
			}
		}
		Set<String> imperatives = new HashSet<>();
		for (String entry : words.all(Lexicon.Section.REVIEW_IMPERATIVES)) {
			imperatives.add(NormalizedText.of(entry.trim()).value());
		}
		return new ReviewContext(Set.copyOf(nouns), List.copyOf(exclusions), Set.copyOf(imperatives));
	}

	/**
	 * The sentences that ask about a review.
	 * @param unit the text
	 * @return spans in normalized positions
	 */
	List<Span> find(TextUnit unit) {
		NormalizedText text = unit.normalized();
		String value = text.value();
		List<Span> found = new ArrayList<>(0);
		int token = 0;
		while (token < text.tokenCount()) {
			int first = token;
			int sentenceStart = text.tokenStart(first);
			boolean noun = false;
			int last = token;
			for (; token < text.tokenCount(); token++) {
				int start = text.tokenStart(token);
				if (token > first && endsSentence(value, text.tokenEnd(token - 1), start)) {
					break;
				}
				last = token;
				noun |= isNoun(text, token);
			}
			if (!noun) {
				continue;
			}
			int sentenceEnd = text.tokenEnd(last);
			boolean ask = this.imperatives.contains(value.substring(sentenceStart, text.tokenEnd(first)));
			for (PhraseIndex.Hit hit : unit.reviewAskPhrases()) {
				ask |= hit.category() == PhraseIndex.Category.REVIEW_ASK && hit.start() >= sentenceStart
						&& hit.start() < sentenceEnd;
			}
			if (ask) {
				found.add(new Span(sentenceStart, sentenceEnd));
			}
		}
		return found;
	}

	private boolean isNoun(NormalizedText text, int token) {
		String value = text.value();
		int start = text.tokenStart(token);
		int end = text.tokenEnd(token);
		int length = end - start;
		if (length < 3) {
			return false;
		}
		boolean noun = this.nouns.get(text, token) != null;
		if (!noun && length > MIN_COMPOUND_END) {
			// German compounds: Verkäuferbewertung, Kundenrezension
			for (int ending : this.compoundLengths) {
				if (length > ending && this.nouns.contains(value, end - ending, end)) {
					noun = true;
					break;
				}
			}
		}
		if (!noun) {
			return false;
		}
		for (String exclusion : this.exclusions) {
			for (int at = Math.max(0, end - exclusion.length()); at <= start; at++) {
				if (value.startsWith(exclusion, at)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean endsSentence(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c == '.' || c == '!' || c == '?' || c == ';' || c == '¡' || c == '¿') {
				return true;
			}
		}
		return false;
	}

}
