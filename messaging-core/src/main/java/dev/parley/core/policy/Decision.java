package dev.parley.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * What the rules decided about a draft.
 *
 * @param verdict ALLOW (deliver, possibly redacted), BLOCK (refuse, store nothing) or
 * FLAG (deliver and queue for admin review)
 * @param violations every rule hit, sorted by position
 * @param subject the subject to deliver: trimmed, with {@code [Important]} added for
 * critical actions
 * @param sanitizedHtml the body through the safe list
 * @param text the plain text of {@code sanitizedHtml}; violation spans refer to it
 * @param redactedHtml {@code sanitizedHtml} with every REDACT span replaced by
 * {@code [removed]}; equal to it when nothing was redacted
 * @param redactedText the plain text of {@code redactedHtml}
 * @param notes information for the sender (what sanitizing removed)
 * @param important whether the message is critical
 * @param proactive whether it is a seller message that answers no awaiting buyer message
 */
public record Decision(Verdict verdict, List<Violation> violations, String subject, String sanitizedHtml, String text,
		String redactedHtml, String redactedText, List<Note> notes, boolean important, boolean proactive) {

	public Decision {
		Objects.requireNonNull(verdict, "verdict");
		violations = List.copyOf(violations);
		notes = List.copyOf(notes);
	}

	public boolean isBlocked() {
		return this.verdict == Verdict.BLOCK;
	}

	public boolean isFlagged() {
		return this.violations.stream().anyMatch((violation) -> violation.outcome() == Outcome.FLAG);
	}

	public boolean isRedacted() {
		return this.violations.stream().anyMatch((violation) -> violation.outcome() == Outcome.REDACT);
	}

	public List<Violation> violationsWith(Outcome outcome) {
		return this.violations.stream().filter((violation) -> violation.outcome() == outcome).toList();
	}

}
