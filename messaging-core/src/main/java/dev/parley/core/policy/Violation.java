package dev.parley.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * One rule hit.
 *
 * @param rule the rule
 * @param outcome what it does for this sender
 * @param messageKey the message-bundle key of the explanation that tells the sender what
 * to change
 * @param arguments the explanation's arguments
 * @param start start of the span in the plain text the sender sees (0 for the whole
 * message or the subject or an attachment)
 * @param end end of the span (exclusive)
 * @param excerpt the text of the span (or the subject, or the attachment's file name)
 */
public record Violation(RuleId rule, Outcome outcome, String messageKey, List<Object> arguments, int start, int end,
		String excerpt) {

	public Violation {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(excerpt, "excerpt");
		arguments = List.copyOf(arguments);
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

}
