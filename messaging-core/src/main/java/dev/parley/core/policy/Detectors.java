package dev.parley.core.policy;

import java.util.List;

/**
 * The compiled detectors of one engine: built once from the settings, shared by every
 * check (they are immutable and thread-safe).
 *
 * @param emails addresses
 * @param urls URLs and domains
 * @param phones phone numbers
 * @param phrases the word lists every message is checked against
 * @param gistPhrases thanks, courtesy, confirmation and substance (proactive messages)
 * @param reviewAskPhrases asks next to a review noun
 * @param contactVerbs the starts of verbs that ask to be contacted
 * @param thirdParties people who call or write instead of the reader
 * @param reviewDisclaimers statements that the seller has no say over reviews
 * @param reviews review nouns and imperatives, for review asks in other words
 * @param cues intent in other words: concepts that meet in a sentence
 * @param refundWords words that make a percentage a refund, not an offer
 */
record Detectors(EmailScanner emails, UrlScanner urls, PhoneScanner phones, PhraseIndex phrases,
		PhraseIndex gistPhrases, PhraseIndex reviewAskPhrases, PhraseIndex reviewDisclaimers, List<String> contactVerbs,
		java.util.Set<String> thirdParties, ReviewContext reviews, IntentCues cues, java.util.Set<String> refundWords) {

	static Detectors of(PolicySettings settings, Domains allowedDomains) {
		PolicySettings.Words words = settings.words();
		return new Detectors(new EmailScanner(settings.contacts().mailProviders(), words),
				new UrlScanner(allowedDomains, settings.links().topLevelDomains(), words),
				new PhoneScanner(settings.contacts().phoneRegions(), words), PhraseIndex.of(words, PhraseIndex.ALWAYS),
				PhraseIndex.of(words, PhraseIndex.GIST),
				PhraseIndex.of(words, java.util.EnumSet.of(PhraseIndex.Category.REVIEW_ASK)),
				PhraseIndex.of(words, java.util.EnumSet.of(PhraseIndex.Category.REVIEW_DISCLAIMER)),
				words.all(Lexicon.Section.CONTACT_VERBS)
					.stream()
					.map((verb) -> NormalizedText.of(verb.trim()).value())
					.toList(),
				words.all(Lexicon.Section.THIRD_PARTIES)
					.stream()
					.map((word) -> NormalizedText.of(word.trim()).value())
					.collect(java.util.stream.Collectors.toUnmodifiableSet()),
				ReviewContext.of(words), IntentCues.of(words),
				words.all(Lexicon.Section.REFUND_WORDS)
					.stream()
					.map((word) -> NormalizedText.of(word.trim()).value())
					.collect(java.util.stream.Collectors.toUnmodifiableSet()));
	}

}
