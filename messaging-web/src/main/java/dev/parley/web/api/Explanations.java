package dev.parley.web.api;

import java.util.List;
import java.util.Locale;

import dev.parley.core.policy.Violation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the rules' message keys into sentences in the caller's language.
 */
@Component
class Explanations {

	private final MessageSource messages;

	Explanations(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, List<Object> arguments, Locale locale) {
		return this.messages.getMessage(key, arguments.toArray(), key, locale);
	}

	List<ViolationJson> violations(List<Violation> violations, Locale locale) {
		return violations.stream()
			.map((violation) -> new ViolationJson(violation.rule().name(), violation.outcome().name(),
					text(violation.messageKey(), violation.arguments(), locale), violation.start(), violation.end(),
					violation.excerpt()))
			.toList();
	}

	/**
	 * A violation as the API shows it.
	 *
	 * @param rule the rule id
	 * @param outcome BLOCK, REDACT or FLAG
	 * @param message what to change, in the caller's language
	 * @param start span start in the plain text of the message
	 * @param end span end (exclusive)
	 * @param excerpt the offending text
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "Violation")
	record ViolationJson(String rule, String outcome, String message, int start, int end, String excerpt) {
	}

}
