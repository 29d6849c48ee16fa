package dev.parley.core.policy;

import java.util.Set;

/**
 * The compiled detectors of one engine: built once from the settings, shared by every
 * check (they are immutable and thread-safe).
 *
 * @param emails addresses
 * @param urls URLs and domains
 * @param phones phone numbers
 * @param phrases the word lists
 * @param filler the words that say nothing on their own (for "only thanks")
 */
record Detectors(EmailScanner emails, UrlScanner urls, PhoneScanner phones, PhraseIndex phrases, Set<String> filler) {

	static Detectors of(PolicySettings settings, Domains allowedDomains) {
		PolicySettings.Words words = settings.words();
		return new Detectors(new EmailScanner(settings.contacts().mailProviders(), words),
				new UrlScanner(allowedDomains, settings.links().topLevelDomains(), words),
				new PhoneScanner(settings.contacts().phoneRegions(), words), PhraseIndex.of(words),
				Set.copyOf(words.all(Lexicon.Section.FILLER)));
	}

}
