package dev.parley.web.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Lexicon;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.RuleId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.policy.*}: every outcome, limit, domain list, phone region and word list
 * of the rules engine. Each property starts at the spec's default, so a deployment sets
 * only what it changes, for example:
 *
 * <pre>
 * parley.policy.outcomes.LINK_EXTERNAL.buyer=BLOCK
 * parley.policy.limits.proactive-window-days=14
 * parley.policy.links.marketplace-domains=shop.example,help.shop.example
 * parley.policy.contacts.phone-regions=US,CA
 * parley.policy.words.languages=en,es,de,fr,ja,it
 * parley.policy.words.lexicons.fr.promotional-strong[0]=code promo
 * parley.policy.words.lexicons.it.off-platform[0]=scrivici su
 * </pre> A language named in {@code languages} is read from its lexicon file
 * ({@code dev/parley/core/policy/lexicon/<code>.lexicon} on the class path, so a
 * deployment adds one by adding a file); a list under {@code lexicons} replaces that
 * language's list of the same name.
 */
@ConfigurationProperties("parley.policy")
public class PolicyProperties {

	private static final PolicySettings DEFAULTS = PolicySettings.defaults();

	private final Map<RuleId, RoleOutcomes> outcomes = new EnumMap<>(RuleId.class);

	private final RoleOutcomes promotionalWeak = RoleOutcomes.of(DEFAULTS.promotionalWeakOutcomes());

	private final Limits limits = new Limits();

	private final Links links = new Links();

	private final Contacts contacts = new Contacts();

	private final Words words = new Words();

	public PolicyProperties() {
		for (RuleId rule : RuleId.values()) {
			this.outcomes.put(rule, new RoleOutcomes(DEFAULTS.outcome(rule, dev.parley.core.account.Role.SELLER),
					DEFAULTS.outcome(rule, dev.parley.core.account.Role.BUYER)));
		}
	}

	public Map<RuleId, RoleOutcomes> getOutcomes() {
		return this.outcomes;
	}

	public RoleOutcomes getPromotionalWeak() {
		return this.promotionalWeak;
	}

	public Limits getLimits() {
		return this.limits;
	}

	public Links getLinks() {
		return this.links;
	}

	public Contacts getContacts() {
		return this.contacts;
	}

	public Words getWords() {
		return this.words;
	}

	/**
	 * The settings the engine runs with.
	 * @return the defaults with every configured change
	 */
	public PolicySettings toSettings() {
		Map<RuleId, PolicySettings.RoleOutcomes> outcomes = new EnumMap<>(RuleId.class);
		this.outcomes.forEach((rule, outcome) -> outcomes.put(rule, outcome.toSettings()));
		return new PolicySettings(outcomes, this.promotionalWeak.toSettings(),
				new PolicySettings.Limits(this.limits.maxBodyChars, this.limits.maxBodyHtmlBytes,
						this.limits.maxSubjectChars, this.limits.maxAttachmentBytes, this.limits.maxAttachments,
						this.limits.proactiveWindowDays, this.limits.reviewRequestFromDays,
						this.limits.reviewRequestToDays),
				new PolicySettings.Links(this.links.marketplaceDomains, this.links.carrierDomains,
						this.links.topLevelDomains),
				new PolicySettings.Contacts(this.contacts.phoneRegions, this.contacts.phoneAllowedActions,
						this.contacts.mailProviders),
				this.words.toSettings(), DEFAULTS.reviewRequests());
	}

	/** The outcome of a rule for sellers and for buyers. */
	public static class RoleOutcomes {

		private Outcome seller;

		private Outcome buyer;

		public RoleOutcomes() {
			this(Outcome.ALLOW, Outcome.ALLOW);
		}

		RoleOutcomes(Outcome seller, Outcome buyer) {
			this.seller = seller;
			this.buyer = buyer;
		}

		static RoleOutcomes of(PolicySettings.RoleOutcomes outcomes) {
			return new RoleOutcomes(outcomes.seller(), outcomes.buyer());
		}

		public Outcome getSeller() {
			return this.seller;
		}

		public void setSeller(Outcome seller) {
			this.seller = seller;
		}

		public Outcome getBuyer() {
			return this.buyer;
		}

		public void setBuyer(Outcome buyer) {
			this.buyer = buyer;
		}

		PolicySettings.RoleOutcomes toSettings() {
			return new PolicySettings.RoleOutcomes(this.seller, this.buyer);
		}

	}

	/** Sizes, counts and windows. */
	public static class Limits {

		private int maxBodyChars = DEFAULTS.limits().maxBodyChars();

		private int maxBodyHtmlBytes = DEFAULTS.limits().maxBodyHtmlBytes();

		private int maxSubjectChars = DEFAULTS.limits().maxSubjectChars();

		private long maxAttachmentBytes = DEFAULTS.limits().maxAttachmentBytes();

		private int maxAttachments = DEFAULTS.limits().maxAttachments();

		private int proactiveWindowDays = DEFAULTS.limits().proactiveWindowDays();

		private int reviewRequestFromDays = DEFAULTS.limits().reviewRequestFromDays();

		private int reviewRequestToDays = DEFAULTS.limits().reviewRequestToDays();

		public int getMaxBodyChars() {
			return this.maxBodyChars;
		}

		public void setMaxBodyChars(int maxBodyChars) {
			this.maxBodyChars = maxBodyChars;
		}

		public int getMaxBodyHtmlBytes() {
			return this.maxBodyHtmlBytes;
		}

		public void setMaxBodyHtmlBytes(int maxBodyHtmlBytes) {
			this.maxBodyHtmlBytes = maxBodyHtmlBytes;
		}

		public int getMaxSubjectChars() {
			return this.maxSubjectChars;
		}

		public void setMaxSubjectChars(int maxSubjectChars) {
			this.maxSubjectChars = maxSubjectChars;
		}

		public long getMaxAttachmentBytes() {
			return this.maxAttachmentBytes;
		}

		public void setMaxAttachmentBytes(long maxAttachmentBytes) {
			this.maxAttachmentBytes = maxAttachmentBytes;
		}

		public int getMaxAttachments() {
			return this.maxAttachments;
		}

		public void setMaxAttachments(int maxAttachments) {
			this.maxAttachments = maxAttachments;
		}

		public int getProactiveWindowDays() {
			return this.proactiveWindowDays;
		}

		public void setProactiveWindowDays(int proactiveWindowDays) {
			this.proactiveWindowDays = proactiveWindowDays;
		}

		public int getReviewRequestFromDays() {
			return this.reviewRequestFromDays;
		}

		public void setReviewRequestFromDays(int reviewRequestFromDays) {
			this.reviewRequestFromDays = reviewRequestFromDays;
		}

		public int getReviewRequestToDays() {
			return this.reviewRequestToDays;
		}

		public void setReviewRequestToDays(int reviewRequestToDays) {
			this.reviewRequestToDays = reviewRequestToDays;
		}

	}

	/** Allowed link domains. */
	public static class Links {

		private List<String> marketplaceDomains = new ArrayList<>(DEFAULTS.links().marketplaceDomains());

		private List<String> carrierDomains = new ArrayList<>(DEFAULTS.links().carrierDomains());

		private List<String> topLevelDomains = new ArrayList<>(DEFAULTS.links().topLevelDomains());

		public List<String> getMarketplaceDomains() {
			return this.marketplaceDomains;
		}

		public void setMarketplaceDomains(List<String> marketplaceDomains) {
			this.marketplaceDomains = marketplaceDomains;
		}

		public List<String> getCarrierDomains() {
			return this.carrierDomains;
		}

		public void setCarrierDomains(List<String> carrierDomains) {
			this.carrierDomains = carrierDomains;
		}

		public List<String> getTopLevelDomains() {
			return this.topLevelDomains;
		}

		public void setTopLevelDomains(List<String> topLevelDomains) {
			this.topLevelDomains = topLevelDomains;
		}

	}

	/** Contact detection. */
	public static class Contacts {

		private List<String> phoneRegions = new ArrayList<>(DEFAULTS.contacts().phoneRegions());

		private Set<Action> phoneAllowedActions = EnumSet.copyOf(DEFAULTS.contacts().phoneAllowedActions());

		private List<String> mailProviders = new ArrayList<>(DEFAULTS.contacts().mailProviders());

		public List<String> getPhoneRegions() {
			return this.phoneRegions;
		}

		public void setPhoneRegions(List<String> phoneRegions) {
			this.phoneRegions = phoneRegions;
		}

		public Set<Action> getPhoneAllowedActions() {
			return this.phoneAllowedActions;
		}

		public void setPhoneAllowedActions(Set<Action> phoneAllowedActions) {
			this.phoneAllowedActions = phoneAllowedActions;
		}

		public List<String> getMailProviders() {
			return this.mailProviders;
		}

		public void setMailProviders(List<String> mailProviders) {
			this.mailProviders = mailProviders;
		}

	}

	/**
	 * The lexicons: which languages' files are read, and lists that replace a file's list
	 * (or make a language of their own).
	 */
	public static class Words {

		private List<String> languages = new ArrayList<>(PolicySettings.Words.DEFAULT_LANGUAGES);

		private Map<String, Map<Lexicon.Section, List<String>>> lexicons = new LinkedHashMap<>();

		public List<String> getLanguages() {
			return this.languages;
		}

		public void setLanguages(List<String> languages) {
			this.languages = languages;
		}

		public Map<String, Map<Lexicon.Section, List<String>>> getLexicons() {
			return this.lexicons;
		}

		public void setLexicons(Map<String, Map<Lexicon.Section, List<String>>> lexicons) {
			this.lexicons = lexicons;
		}

		PolicySettings.Words toSettings() {
			return PolicySettings.Words.of(this.languages, this.lexicons);
		}

	}

}
