package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.parley.core.conversation.Redaction;

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

	/**
	 * The parts of {@link #redactedText()} that are {@code [removed]}, as the message
	 * stores them. A REDACT span is trimmed of white space and split at line breaks, so a
	 * span across two paragraphs gives two redactions.
	 * @return the redactions, in order
	 */
	public List<Redaction> redactions() {
		List<Redaction> redactions = new ArrayList<>();
		int shift = 0;
		for (Span piece : redactionPieces()) {
			int start = piece.start() + shift;
			redactions.add(new Redaction(ruleAt(piece), start, start + Redactor.REMOVED.length()));
			shift += Redactor.REMOVED.length() - (piece.end() - piece.start());
		}
		return redactions;
	}

	/**
	 * Where a position of {@link #text()} (a violation's {@code start} or {@code end})
	 * lands in {@link #redactedText()}, for flag spans on the stored text.
	 * @param position a position in the text
	 * @return the position in the redacted text
	 */
	public int redactedPosition(int position) {
		return Redactor.redactedPosition(redactionPieces(), position);
	}

	private List<Span> redactionPieces() {
		List<Span> spans = new ArrayList<>();
		for (Violation violation : this.violations) {
			if (violation.outcome() == Outcome.REDACT && violation.end() > violation.start()) {
				spans.add(new Span(violation.start(), violation.end()));
			}
		}
		return spans.isEmpty() ? List.of() : Redactor.plan(this.text, spans);
	}

	private String ruleAt(Span piece) {
		for (Violation violation : this.violations) {
			if (violation.outcome() == Outcome.REDACT && violation.start() < piece.end()
					&& piece.start() < violation.end()) {
				return violation.rule().name();
			}
		}
		return "REDACTED";
	}

}
