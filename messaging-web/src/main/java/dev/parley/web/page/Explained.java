package dev.parley.web.page;

import java.util.List;
import java.util.Locale;

import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Note;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.Violation;
import dev.parley.web.page.MarkedText.Span;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the rules' verdicts into what a page shows: each violation explained in the
 * viewer's language, and the checked text with the violations' spans marked.
 */
@Component
public class Explained {

	private final MessageSource messages;

	Explained(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What the rules said about a draft.
	 * @param decision the decision of a send or a dry run
	 * @return the explanations and the marked text
	 */
	public Check check(Decision decision) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Explanation> violations = violations(decision.violations());
		List<String> notes = decision.notes().stream().map((note) -> note(note, locale)).toList();
		List<Span> spans = decision.violations()
			.stream()
			.filter((violation) -> violation.end() > violation.start() && violation.location() == null)
			.map((violation) -> new Span(violation.start(), violation.end(), violation.rule().name()))
			.toList();
		return new Check(decision.verdict().name(), violations, notes, decision.text(),
				MarkedText.of(decision.text(), spans));
	}

	/**
	 * Violations explained in the viewer's language.
	 * @param violations the violations
	 * @return one explanation each, in order
	 */
	public List<Explanation> violations(List<Violation> violations) {
		Locale locale = LocaleContextHolder.getLocale();
		return violations.stream()
			.map((violation) -> new Explanation(violation.rule().name(),
					this.messages.getMessage("rule." + violation.rule().name(), null, violation.rule().name(), locale),
					violation.outcome(),
					located(violation,
							this.messages.getMessage(violation.messageKey(), violation.arguments().toArray(),
									violation.messageKey(), locale),
							locale),
					violation.start(), violation.end(), violation.excerpt()))
			.toList();
	}

	/**
	 * A message-bundle text with arguments, in the viewer's language.
	 * @param key the key
	 * @param arguments its arguments
	 * @return the text, or the key when there is none
	 */
	public String text(String key, List<Object> arguments) {
		return this.messages.getMessage(key, arguments.toArray(), key, LocaleContextHolder.getLocale());
	}

	/** A hit inside an attachment says where: "In attachment offer.pdf, page 2: ...". */
	private String located(Violation violation, String message, Locale locale) {
		Violation.Location location = violation.location();
		if (location == null) {
			return message;
		}
		return this.messages.getMessage(location.messageKey(), location.arguments().toArray(), location.toString(),
				locale) + ": " + message;
	}

	private String note(Note note, Locale locale) {
		return this.messages.getMessage(note.messageKey(), note.arguments().toArray(), note.messageKey(), locale);
	}

	/**
	 * A violation as a page shows it (and the live check returns it as JSON).
	 *
	 * @param rule the rule id
	 * @param label the rule's name in the viewer's language
	 * @param outcome BLOCK, REDACT or FLAG
	 * @param message what to change, in the viewer's language
	 * @param start span start in the checked plain text
	 * @param end span end (exclusive)
	 * @param excerpt the offending text
	 */
	public record Explanation(String rule, String label, Outcome outcome, String message, int start, int end,
			String excerpt) {

		public boolean blocking() {
			return this.outcome == Outcome.BLOCK;
		}

	}

	/**
	 * The result of a check.
	 *
	 * @param verdict ALLOW, BLOCK or FLAG
	 * @param violations the explained violations
	 * @param notes what sanitizing removed
	 * @param text the plain text the spans refer to
	 * @param marked that text with the spans marked
	 */
	public record Check(String verdict, List<Explanation> violations, List<String> notes, String text,
			MarkedText marked) {

		public boolean blocked() {
			return "BLOCK".equals(this.verdict);
		}

	}

}
