package dev.parley.core.policy;

/**
 * The compiled detectors of one engine: built once from the settings, shared by every
 * check (they are immutable and thread-safe).
 *
 * @param emails addresses
 * @param urls URLs and domains
 * @param phones phone numbers
 * @param phrases the word lists
 */
record Detectors(EmailScanner emails, UrlScanner urls, PhoneScanner phones, PhraseIndex phrases) {

	static Detectors of(PolicySettings settings, Domains allowedDomains) {
		return new Detectors(new EmailScanner(settings.contacts().mailProviders()),
				new UrlScanner(allowedDomains, settings.links().topLevelDomains()),
				new PhoneScanner(settings.contacts().phoneRegions()), PhraseIndex.of(settings.words()));
	}

}
