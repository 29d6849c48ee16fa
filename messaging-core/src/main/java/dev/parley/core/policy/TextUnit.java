package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One text the rules read (the body's plain text or the subject) with its normalized view
 * and the detections on it, each computed once, on first use, for every rule that needs
 * it. Spans it returns are in the text's own positions. Not thread-safe: one per check.
 */
final class TextUnit {

	private final Detectors detectors;

	private final String text;

	private final NormalizedText normalized;

	private List<Span> emails;

	private List<UrlScanner.Hit> urls;

	private List<Span> phones;

	private List<PhraseIndex.Hit> phrases;

	private List<PhraseIndex.Hit> gistPhrases;

	private List<PhraseIndex.Hit> reviewAsks;

	private List<Span> emojis;

	private List<IntentCues.Hit> cues;

	TextUnit(Detectors detectors, String text) {
		this.detectors = detectors;
		this.text = text;
		this.normalized = NormalizedText.of(text);
	}

	String text() {
		return this.text;
	}

	NormalizedText normalized() {
		return this.normalized;
	}

	/** Email addresses, in normalized positions. */
	List<Span> emailsNormalized() {
		if (this.emails == null) {
			this.emails = this.detectors.emails().find(this.normalized);
		}
		return this.emails;
	}

	List<Span> emails() {
		return toText(emailsNormalized());
	}

	/** URLs and domains, in normalized positions. */
	List<UrlScanner.Hit> urlsNormalized() {
		if (this.urls == null) {
			this.urls = this.detectors.urls().find(this.normalized, emailsNormalized());
		}
		return this.urls;
	}

	/** Phone numbers, in text positions. */
	List<Span> phones() {
		return toText(phonesNormalized());
	}

	/** Phone numbers, in normalized positions. */
	List<Span> phonesNormalized() {
		if (this.phones == null) {
			List<Span> masked = new ArrayList<>(emailsNormalized());
			for (UrlScanner.Hit url : urlsNormalized()) {
				masked.add(new Span(url.start(), url.end()));
			}
			this.phones = this.detectors.phones().find(this.normalized, masked);
		}
		return this.phones;
	}

	/**
	 * Whether a verb that asks to be contacted stands within a few words of a span
	 * (normalized positions): six words before it or three after.
	 * @return the span widened to that verb, or null
	 */
	@Nullable Span contactAsk(Span contact) {
		int first = -1;
		int last = -1;
		for (int token = 0; token < this.normalized.tokenCount(); token++) {
			if (this.normalized.tokenEnd(token) > contact.start() && first < 0) {
				first = token;
			}
			if (this.normalized.tokenStart(token) < contact.end()) {
				last = token;
			}
		}
		if (first < 0) {
			return null;
		}
		String value = this.normalized.value();
		for (int token = Math.max(0, first - 6); token <= Math.min(this.normalized.tokenCount() - 1,
				last + 3); token++) {
			if (token >= first && token <= last) {
				continue;
			}
			int start = this.normalized.tokenStart(token);
			if (afterThirdParty(token)) {
				continue;
			}
			for (String verb : this.detectors.contactVerbs()) {
				if (value.startsWith(verb, start) && this.normalized.tokenEnd(token) - start >= verb.length()) {
					return new Span(Math.min(start, contact.start()),
							Math.max(this.normalized.tokenEnd(token), contact.end()));
				}
			}
		}
		return null;
	}

	/** Sentences that ask about a review, in text positions. */
	List<Span> reviewAsks() {
		return toText(this.detectors.reviews().find(this));
	}

	/**
	 * Whether one of the three words before a token names a third party ("the courier
	 * will ring").
	 */
	private boolean afterThirdParty(int token) {
		String value = this.normalized.value();
		for (int before = Math.max(0, token - 3); before < token; before++) {
			if (this.detectors.thirdParties()
				.contains(value.substring(this.normalized.tokenStart(before), this.normalized.tokenEnd(before)))) {
				return true;
			}
		}
		return false;
	}

	/** Phrases of the word lists, in normalized positions. */
	List<PhraseIndex.Hit> phrases() {
		if (this.phrases == null) {
			this.phrases = this.detectors.phrases().find(this.normalized);
		}
		return this.phrases;
	}

	/** Thanks, courtesy, confirmation and substance phrases, in normalized positions. */
	List<PhraseIndex.Hit> gistPhrases() {
		if (this.gistPhrases == null) {
			this.gistPhrases = this.detectors.gistPhrases().find(this.normalized);
		}
		return this.gistPhrases;
	}

	/** Asks to the reader ("could you"), in normalized positions. */
	List<PhraseIndex.Hit> reviewAskPhrases() {
		if (this.reviewAsks == null) {
			this.reviewAsks = this.detectors.reviewAskPhrases().find(this.normalized);
		}
		return this.reviewAsks;
	}

	List<Span> phrases(PhraseIndex.Category category) {
		List<Span> spans = new ArrayList<>(0);
		for (PhraseIndex.Hit hit : phrases()) {
			if (hit.category() == category) {
				spans.add(toText(hit.start(), hit.end()));
			}
		}
		return spans;
	}

	/**
	 * Whether the sentence around a span (normalized positions) has a refund word ("the
	 * 15 % discount has been refunded"). A semicolon does not end the sentence here: "28
	 * € with 25 % off, so 21 €; that is what we refund".
	 */
	boolean refundInSentence(int start, int end) {
		String value = this.normalized.value();
		int from = sentenceStart(value, start);
		int to = sentenceEnd(value, end);
		for (int token = 0; token < this.normalized.tokenCount(); token++) {
			int tokenStart = this.normalized.tokenStart(token);
			if (tokenStart >= from && tokenStart < to && this.detectors.refundWords()
				.contains(value.substring(tokenStart, this.normalized.tokenEnd(token)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the sentence around a span (normalized positions) names an amount of money
	 * or a percentage: a digit anywhere in it.
	 */
	boolean digitInSentence(int start, int end) {
		String value = this.normalized.value();
		int to = sentenceEnd(value, end);
		for (int i = sentenceStart(value, start); i < to; i++) {
			if (Character.isDigit(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where a statement that the seller has no say over reviews ("we can't see or change
	 * it from our side") explains what the sentence before it or its own sentence said
	 * ("To edit your review, go to Your Orders"), in text positions: one span per
	 * statement, from the start of the sentence before to the end of its own, unless an
	 * ask to the reader ("please", "could you") stands there.
	 */
	List<Span> reviewDisclaimers() {
		List<PhraseIndex.Hit> hits = this.detectors.reviewDisclaimers().find(this.normalized);
		if (hits.isEmpty()) {
			return List.of();
		}
		String value = this.normalized.value();
		List<Span> spans = new ArrayList<>(hits.size());
		for (PhraseIndex.Hit hit : hits) {
			int own = sentenceStart(value, hit.start());
			int from = (own > 0) ? sentenceStart(value, own - 1) : own;
			int to = sentenceEnd(value, hit.end());
			// "Please leave us five stars. We can't change reviews ourselves." asks
			if (reviewAskPhrases().stream().noneMatch((ask) -> ask.start() < to && from <= ask.start())) {
				spans.add(toText(from, to));
			}
		}
		return spans;
	}

	private static int sentenceStart(String value, int at) {
		int from = Math.min(at, value.length());
		while (from > 0 && !sentenceBreak(value, from - 1)) {
			from--;
		}
		return from;
	}

	private static int sentenceEnd(String value, int at) {
		int to = at;
		while (to < value.length() && !sentenceBreak(value, to)) {
			to++;
		}
		return to;
	}

	private static boolean sentenceBreak(String value, int at) {
		char c = value.charAt(at);
		return c == '!' || c == '?' || (c == '.' && (at + 1 >= value.length() || value.charAt(at + 1) == ' '));
	}

	/** The intent cues the text meets, in normalized positions. */
	List<IntentCues.Hit> cueHits() {
		if (this.cues == null) {
			this.cues = this.detectors.cues().find(this.normalized);
		}
		return this.cues;
	}

	/** The intent cues of one rule the text meets, in text positions. */
	List<Span> cues(IntentCues.Kind kind) {
		List<Span> spans = new ArrayList<>(0);
		for (IntentCues.Hit hit : cueHits()) {
			if (hit.kind() == kind) {
				spans.add(toText(hit.start(), hit.end()));
			}
		}
		return spans;
	}

	List<Span> emojis() {
		if (this.emojis == null) {
			this.emojis = EmojiScanner.find(this.text);
		}
		return this.emojis;
	}

	Span toText(int normalizedStart, int normalizedEnd) {
		return this.normalized.toSource(normalizedStart, normalizedEnd);
	}

	private List<Span> toText(List<Span> normalized) {
		if (normalized.isEmpty()) {
			return List.of();
		}
		List<Span> spans = new ArrayList<>(normalized.size());
		for (Span span : normalized) {
			spans.add(toText(span.start(), span.end()));
		}
		return spans;
	}

	/**
	 * Whether a span (text positions) is the name of a product: its words capitalized as
	 * the sender wrote them, and in quotes („New Collection Ravenna“, « Nouvelle
	 * Collection »). Capitals alone name nothing: "Check out our New Collection!" and the
	 * headline "Our New Collection Is Here" are the sender's own words.
	 */
	boolean productName(Span span) {
		String source = this.text.substring(span.start(), span.end());
		boolean capitalized = false;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(source.charAt(i - 1)))) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				capitalized = true;
			}
		}
		if (!capitalized) {
			return false;
		}
		int before = span.start() - 1;
		while (before >= 0 && this.text.charAt(before) == ' ') {
			before--;
		}
		return before >= 0 && OPENING_QUOTES.indexOf(this.text.charAt(before)) >= 0;
	}

	private static final String OPENING_QUOTES = "\"«„“‚‹'»";

	String excerpt(Span span) {
		String excerpt = this.text.substring(span.start(), span.end());
		return (excerpt.length() > 120) ? excerpt.substring(0, 117) + "..." : excerpt;
	}

}
