package dev.parley.core.policy;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the message key of a violation: the most specific key that the bundle
 * {@code dev/parley/core/policy/messages} defines, among
 * {@code policy.RULE.variant.outcome}, {@code policy.RULE.variant},
 * {@code policy.RULE.outcome} and {@code policy.RULE} (outcome {@code redacted} for
 * REDACT, {@code flagged} for FLAG; nothing for BLOCK). So a deployment that changes an
 * outcome still gets a key that exists.
 */
final class MessageKeys {

	static final String BUNDLE = "dev.parley.core.policy.messages";

	private final Set<String> keys;

	private final Map<String, String> chosen = new ConcurrentHashMap<>();

	MessageKeys() {
		this.keys = ResourceBundle
			.getBundle(BUNDLE, Locale.ROOT,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.keySet();
	}

	String key(RuleId rule, String variant, Outcome outcome) {
		String cacheKey = rule.name() + '/' + variant + '/' + outcome.name();
		return this.chosen.computeIfAbsent(cacheKey, (ignored) -> choose(rule, variant, outcome));
	}

	private String choose(RuleId rule, String variant, Outcome outcome) {
		String base = "policy." + rule.name();
		String suffix = switch (outcome) {
			case REDACT -> "redacted";
			case FLAG -> "flagged";
			default -> "";
		};
		String[] candidates = { base + "." + variant + "." + suffix, base + "." + variant, base + "." + suffix, base };
		for (String candidate : candidates) {
			if (!candidate.endsWith(".") && !candidate.contains("..") && this.keys.contains(candidate)) {
				return candidate;
			}
		}
		return base;
	}

}
