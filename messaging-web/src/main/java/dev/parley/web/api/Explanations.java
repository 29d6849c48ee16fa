package dev.parley.web.api;

import java.util.List;
import java.util.Locale;

import dev.parley.core.policy.Violation;
import org.jspecify.annotations.Nullable;

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
		return violations.stream().map((violation) -> {
			String message = text(violation.messageKey(), violation.arguments(), locale);
			Violation.Location location = violation.location();
			if (location == null) {
				return new ViolationJson(violation.rule().name(), violation.outcome().name(), message,
						violation.start(), violation.end(), violation.excerpt(), null);
			}
			String where = text(location.messageKey(), location.arguments(), locale);
			return new ViolationJson(violation.rule().name(), violation.outcome().name(), where + ": " + message,
					violation.start(), violation.end(), violation.excerpt(),
					new LocationJson(location.attachment(), location.part().name(), location.number(), where));
		}).toList();
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
	 * @param location for a hit inside an attachment, where (the span is then in that
	 * part's text); null for the message itself
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "Violation")
	record ViolationJson(String rule, String outcome, String message, int start, int end, String excerpt,
			@Nullable LocationJson location) {
	}

	/**
	 * Where in an attachment a violation is.
	 *
	 * @param attachment the file name
	 * @param part FILE, FILE_NAME, PAGE, OTHER_TEXT, LINKS or QR_CODE
	 * @param number the page or QR code, from 1 (0 for the file and its name)
	 * @param text the same in the caller's language
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ViolationLocation")
	record LocationJson(String attachment, String part, int number, String text) {
	}

}
