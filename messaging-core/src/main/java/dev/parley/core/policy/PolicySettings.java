package dev.parley.core.policy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of the rules engine, per deployment: the outcome of every rule per
 * sender role, the limits, the domain allow-lists, the phone regions and the word lists.
 * Plain data, so that the web module can bind it to {@code parley.policy.*};
 * {@link #defaults()} is SPEC §4.
 *
 * @param outcomes the outcome of each rule per sender role; a rule missing from the map
 * is not enforced
 * @param promotionalWeakOutcomes the outcome of weak promotional phrases ("check out our
 * other products"); {@code outcomes} holds the strong ones (coupons, "% off")
 * @param limits sizes, counts and time windows
 * @param links the allowed link domains and the top-level domains that make a bare word a
 * domain
 * @param contacts phone regions, the actions that may carry a phone number, and the mail
 * providers that make "name at gmail.com" an address
 * @param words the lexicons: phrase lists and the words of the contact detectors
 * @param reviewRequests the standardized review request per recipient language
 */
public record PolicySettings(Map<RuleId, RoleOutcomes> outcomes, RoleOutcomes promotionalWeakOutcomes, Limits limits,
		Links links, Contacts contacts, Words words, Map<Language, StandardText> reviewRequests) {

	public PolicySettings {
		Objects.requireNonNull(promotionalWeakOutcomes, "promotionalWeakOutcomes");
		Objects.requireNonNull(limits, "limits");
		Objects.requireNonNull(links, "links");
		Objects.requireNonNull(contacts, "contacts");
		Objects.requireNonNull(words, "words");
		outcomes = Map.copyOf(outcomes);
		reviewRequests = Map.copyOf(reviewRequests);
		if (!reviewRequests.containsKey(Language.EN)) {
			throw new IllegalArgumentException("the review request needs an English text (the fallback)");
		}
	}

	/**
	 * The outcome of a rule for a sender.
	 * @param rule the rule
	 * @param role the sender's role (admins are held to the seller's outcomes)
	 * @return the outcome, {@link Outcome#ALLOW} when the rule is not enforced
	 */
	public Outcome outcome(RuleId rule, Role role) {
		RoleOutcomes roleOutcomes = this.outcomes.get(rule);
		return (roleOutcomes != null) ? roleOutcomes.of(role) : Outcome.ALLOW;
	}

	/**
	 * A copy with one outcome changed.
	 * @param rule the rule
	 * @param role the role
	 * @param outcome the new outcome
	 * @return the changed settings
	 */
	public PolicySettings withOutcome(RuleId rule, Role role, Outcome outcome) {
		Map<RuleId, RoleOutcomes> changed = new EnumMap<>(RuleId.class);
		changed.putAll(this.outcomes);
		RoleOutcomes current = changed.getOrDefault(rule, new RoleOutcomes(Outcome.ALLOW, Outcome.ALLOW));
		changed.put(rule, (role == Role.BUYER) ? new RoleOutcomes(current.seller(), outcome)
				: new RoleOutcomes(outcome, current.buyer()));
		return new PolicySettings(changed, this.promotionalWeakOutcomes, this.limits, this.links, this.contacts,
				this.words, this.reviewRequests);
	}

	/**
	 * SPEC §4: the default outcomes, limits, allow-lists and word lists.
	 * @return the default settings
	 */
	public static PolicySettings defaults() {
		Map<RuleId, RoleOutcomes> outcomes = new EnumMap<>(RuleId.class);
		RoleOutcomes blockBoth = new RoleOutcomes(Outcome.BLOCK, Outcome.BLOCK);
		RoleOutcomes sellerOnly = new RoleOutcomes(Outcome.BLOCK, Outcome.ALLOW);
		for (RuleId rule : List.of(RuleId.NO_RELATIONSHIP, RuleId.MESSAGING_SUSPENDED, RuleId.MEMBER_PERMISSION,
				RuleId.PROACTIVE_WINDOW, RuleId.IMPORTANT_MISUSE, RuleId.REVIEW_REQUEST_ALREADY_SENT,
				RuleId.REVIEW_REQUEST_WINDOW, RuleId.LINK_INSECURE, RuleId.TRACKING_PIXEL, RuleId.REMOTE_IMAGE,
				RuleId.BODY_TOO_LONG, RuleId.SUBJECT_TOO_LONG, RuleId.BODY_EMPTY, RuleId.ATTACHMENT_TYPE,
				RuleId.ATTACHMENT_SIZE, RuleId.ATTACHMENT_COUNT, RuleId.ATTACHMENT_ACTIVE_CONTENT,
				RuleId.ATTACHMENT_UNREADABLE)) {
			outcomes.put(rule, blockBoth);
		}
		outcomes.put(RuleId.CONTACT_EMAIL, new RoleOutcomes(Outcome.BLOCK, Outcome.REDACT));
		outcomes.put(RuleId.CONTACT_PHONE, new RoleOutcomes(Outcome.BLOCK, Outcome.REDACT));
		outcomes.put(RuleId.LINK_EXTERNAL, new RoleOutcomes(Outcome.BLOCK, Outcome.FLAG));
		outcomes.put(RuleId.OFF_PLATFORM, new RoleOutcomes(Outcome.BLOCK, Outcome.FLAG));
		for (RuleId rule : List.of(RuleId.OPT_OUT_LINK, RuleId.PROMOTIONAL, RuleId.REVIEW_MANIPULATION,
				RuleId.THANK_YOU_ONLY, RuleId.EMOJI)) {
			outcomes.put(rule, sellerOnly);
		}
		outcomes.put(RuleId.REDUNDANT_CONFIRMATION, new RoleOutcomes(Outcome.FLAG, Outcome.ALLOW));
		return new PolicySettings(outcomes, new RoleOutcomes(Outcome.FLAG, Outcome.ALLOW), Limits.defaults(),
				Links.defaults(), Contacts.defaults(), Words.defaults(), DefaultTexts.reviewRequests());
	}

	/**
	 * The outcome of a rule for each sender role.
	 *
	 * @param seller for sellers (and admins)
	 * @param buyer for buyers
	 */
	public record RoleOutcomes(Outcome seller, Outcome buyer) {

		public RoleOutcomes {
			Objects.requireNonNull(seller, "seller");
			Objects.requireNonNull(buyer, "buyer");
		}

		public Outcome of(Role role) {
			return (role == Role.BUYER) ? this.buyer : this.seller;
		}

	}

	/**
	 * Sizes, counts and time windows.
	 *
	 * @param maxBodyChars the longest body text, in characters
	 * @param maxBodyHtmlBytes the largest body HTML, in UTF-8 bytes
	 * @param maxSubjectChars the longest subject, in characters
	 * @param maxAttachmentBytes the largest attachment
	 * @param maxAttachments the most attachments per message
	 * @param proactiveWindowDays proactive messages are refused this many days after
	 * delivery
	 * @param reviewRequestFromDays a review request may be sent from this many days after
	 * delivery
	 * @param reviewRequestToDays until this many days after delivery
	 */
	public record Limits(int maxBodyChars, int maxBodyHtmlBytes, int maxSubjectChars, long maxAttachmentBytes,
			int maxAttachments, int proactiveWindowDays, int reviewRequestFromDays, int reviewRequestToDays) {

		public Limits {
			if (maxBodyChars < 1 || maxBodyHtmlBytes < 1 || maxSubjectChars < 1 || maxAttachmentBytes < 1
					|| maxAttachments < 0 || proactiveWindowDays < 0 || reviewRequestFromDays < 0
					|| reviewRequestToDays < reviewRequestFromDays) {
				throw new IllegalArgumentException("bad policy limits");
			}
		}

		public static Limits defaults() {
			return new Limits(10_000, 64 * 1024, 200, 10L * 1024 * 1024, 5, 30, 5, 30);
		}

	}

	/**
	 * Which links may stay in a message.
	 *
	 * @param marketplaceDomains the marketplace's own domains (subdomains included)
	 * @param carrierDomains carrier tracking domains (subdomains included)
	 * @param topLevelDomains the top-level domains that make a bare word such as
	 * {@code mystore.com} a domain (a curated list: file extensions and abbreviations are
	 * not domains)
	 */
	public record Links(List<String> marketplaceDomains, List<String> carrierDomains, List<String> topLevelDomains) {

		public Links {
			marketplaceDomains = List.copyOf(marketplaceDomains);
			carrierDomains = List.copyOf(carrierDomains);
			topLevelDomains = List.copyOf(topLevelDomains);
		}

		public static Links defaults() {
			return new Links(List.of("parley.test", "marketplace.test"),
					List.of("ups.com", "fedex.com", "usps.com", "dhl.com"),
					List.of("com", "net", "org", "info", "biz", "io", "co", "me", "tv", "us", "uk", "de", "fr", "es",
							"it", "nl", "be", "ch", "at", "eu", "pl", "se", "no", "dk", "fi", "pt", "ie", "ru", "cn",
							"jp", "kr", "in", "au", "nz", "ca", "mx", "br", "ar", "cl", "za", "shop", "store", "online",
							"site", "website", "xyz", "app", "dev", "top", "club", "link", "live", "page", "blog",
							"market", "deals", "sale", "ly", "gg", "ai", "cc", "ws"));
		}

		/**
		 * Every allowed domain.
		 * @return marketplace and carrier domains
		 */
		public List<String> allowedDomains() {
			return java.util.stream.Stream.concat(this.marketplaceDomains.stream(), this.carrierDomains.stream())
				.toList();
		}

	}

	/**
	 * Contact detection.
	 *
	 * @param phoneRegions the ISO 3166 regions whose national number formats are phones
	 * @param phoneAllowedActions the actions that may carry a phone number (warranty
	 * lines, legal disclosures)
	 * @param mailProviders the mail providers whose name makes "name at gmail.com" or
	 * "name@gmail" an address
	 */
	public record Contacts(List<String> phoneRegions, Set<Action> phoneAllowedActions, List<String> mailProviders) {

		public Contacts {
			phoneRegions = List.copyOf(phoneRegions);
			phoneAllowedActions = phoneAllowedActions.isEmpty() ? Set.of() : Set.copyOf(phoneAllowedActions);
			mailProviders = List.copyOf(mailProviders);
		}

		public static Contacts defaults() {
			return new Contacts(List.of("US", "GB", "DE", "FR", "ES", "IT", "JP", "CA", "AU", "MX", "IN"),
					EnumSet.of(Action.WARRANTY, Action.LEGAL_DISCLOSURE),
					List.of("gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol",
							"icloud", "me", "mac", "protonmail", "proton", "gmx", "web", "yandex", "mail", "qq", "163",
							"126", "zoho", "fastmail", "tutanota", "hushmail", "orange", "free", "libero", "t-online"));
		}

	}

	/**
	 * The words of the rules: one {@link Lexicon} per language, plus the {@code common}
	 * lexicon (brand names, symbols) that every set of languages shares. Every message is
	 * checked against every language's lists at once (a buyer may write in any language):
	 * the lists are merged into one index, so the order of the languages does not change
	 * what is found.
	 *
	 * @param lexicons the lexicons, {@code common} first
	 */
	public record Words(List<Lexicon> lexicons) {

		/** The languages shipped with the product. */
		public static final List<String> DEFAULT_LANGUAGES = List.of("en", "es", "de", "fr", "ja");

		public Words {
			lexicons = List.copyOf(lexicons);
		}

		public static Words defaults() {
			return of(DEFAULT_LANGUAGES, Map.of());
		}

		/**
		 * The lexicons of some languages, from their files, with lists replaced by
		 * configuration.
		 * @param languages the language codes whose files are read; a language with
		 * overrides but no file is made from the overrides alone
		 * @param overrides replacement lists per language code ({@code common} included)
		 * @return the words
		 * @throws IllegalArgumentException for a language with neither a file nor
		 * overrides, or a malformed file
		 */
		public static Words of(List<String> languages, Map<String, Map<Lexicon.Section, List<String>>> overrides) {
			java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
			codes.add("common");
			languages.forEach((language) -> codes.add(language.trim().toLowerCase(java.util.Locale.ROOT)));
			overrides.keySet().forEach((language) -> codes.add(language.trim().toLowerCase(java.util.Locale.ROOT)));
			List<Lexicon> lexicons = new java.util.ArrayList<>(codes.size());
			for (String code : codes) {
				Lexicon lexicon = Lexicon.load(code);
				Map<Lexicon.Section, List<String>> changed = null;
				for (Map.Entry<String, Map<Lexicon.Section, List<String>>> entry : overrides.entrySet()) {
					if (entry.getKey().trim().equalsIgnoreCase(code)) {
						changed = entry.getValue();
					}
				}
				if (lexicon == null && changed == null) {
					throw new IllegalArgumentException("no lexicon for language " + code);
				}
				if (lexicon == null) {
					lexicon = new Lexicon(code, Map.of());
				}
				lexicons.add((changed != null) ? lexicon.with(changed) : lexicon);
			}
			return new Words(lexicons);
		}

		/**
		 * One list of every language, in order, without repeats.
		 * @param section the list
		 * @return its entries
		 */
		public List<String> all(Lexicon.Section section) {
			java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
			for (Lexicon lexicon : this.lexicons) {
				entries.addAll(lexicon.list(section));
			}
			return List.copyOf(entries);
		}

		/**
		 * The lexicon of a language.
		 * @param language its code
		 * @return the lexicon, or null when the settings have none
		 */
		public @Nullable Lexicon lexicon(String language) {
			for (Lexicon lexicon : this.lexicons) {
				if (lexicon.language().equalsIgnoreCase(language)) {
					return lexicon;
				}
			}
			return null;
		}

	}

	/**
	 * A text the product writes, not the sender.
	 *
	 * @param subject the subject
	 * @param html the body
	 */
	public record StandardText(String subject, String html) {

		public StandardText {
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(html, "html");
		}

	}

}
