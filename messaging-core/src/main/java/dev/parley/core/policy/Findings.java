package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the rules found, before outcomes are applied. Not thread-safe: one per
 * check.
 */
final class Findings {

	private final List<Found> found = new ArrayList<>(8);

	/**
	 * A hit in the body text.
	 * @param rule the rule
	 * @param variant the message variant (a suffix of the message key) or empty
	 * @param span the span in the body text
	 * @param excerpt what the sender wrote there
	 * @param arguments the message arguments
	 */
	void body(RuleId rule, String variant, Span span, String excerpt, Object... arguments) {
		this.found.add(new Found(rule, variant, Where.BODY, span, excerpt, List.of(arguments), false));
	}

	/** A weak hit in the body text: a rule whose weak form has its own outcome. */
	void weakBody(RuleId rule, String variant, Span span, String excerpt, Object... arguments) {
		this.found.add(new Found(rule, variant, Where.BODY, span, excerpt, List.of(arguments), true));
	}

	/**
	 * A hit in the subject.
	 * @param rule the rule
	 * @param span the span in the cleaned subject (for redaction; the violation's span is
	 * 0..0)
	 * @param excerpt the part of the subject
	 * @param weak whether it is the rule's weak form
	 */
	void subject(RuleId rule, Span span, String excerpt, boolean weak, Object... arguments) {
		this.found.add(new Found(rule, "subject", Where.SUBJECT, span, excerpt, List.of(arguments), weak));
	}

	/**
	 * A hit about the message as a whole, its context or an attachment: span 0..0.
	 */
	void general(RuleId rule, String variant, String excerpt, Object... arguments) {
		this.found.add(new Found(rule, variant, Where.GENERAL, new Span(0, 0), excerpt, List.of(arguments), false));
	}

	List<Found> all() {
		return this.found;
	}

	enum Where {

		BODY, SUBJECT, GENERAL

	}

	record Found(RuleId rule, String variant, Where where, Span span, String excerpt, List<Object> arguments,
			boolean weak) {

	}

}
