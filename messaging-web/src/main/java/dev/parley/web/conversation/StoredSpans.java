package dev.parley.web.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.parley.core.conversation.Redaction;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.Violation;

/**
 * Maps rule spans, which refer to the text the sender wrote, onto the text that was
 * stored: every redacted span became {@code [removed]}, shifting what follows it.
 */
final class StoredSpans {

	static final String REMOVED = "[removed]";

	private final List<Violation> redacted;

	private final String storedText;

	private StoredSpans(Decision decision) {
		this.redacted = merged(decision.violationsWith(Outcome.REDACT));
		this.storedText = decision.redactedText();
	}

	static StoredSpans of(Decision decision) {
		return new StoredSpans(decision);
	}

	/**
	 * Where each {@code [removed]} sits in the stored text, with the rule that removed
	 * it.
	 * @return the redactions, in order
	 */
	List<Redaction> redactions() {
		List<Redaction> redactions = new ArrayList<>();
		int searchFrom = 0;
		for (Violation violation : this.redacted) {
			int at = this.storedText.indexOf(REMOVED, Math.max(searchFrom, shifted(violation.start()) - 1));
			if (at < 0) {
				at = this.storedText.indexOf(REMOVED, searchFrom);
			}
			if (at < 0) {
				redactions.add(new Redaction(violation.rule().name(), 0, 0));
				continue;
			}
			redactions.add(new Redaction(violation.rule().name(), at, at + REMOVED.length()));
			searchFrom = at + REMOVED.length();
		}
		return redactions;
	}

	/**
	 * The FLAG spans of a decision, moved onto the stored text.
	 * @param decision the decision
	 * @return spans for the admin
	 */
	List<FlagSpan> flagSpans(Decision decision) {
		return decision.violationsWith(Outcome.FLAG).stream().map((violation) -> {
			int start = clamp(shifted(violation.start()));
			int end = clamp(Math.max(start, shifted(violation.end())));
			return new FlagSpan(violation.rule().name(), start, end, violation.excerpt());
		}).toList();
	}

	private int shifted(int position) {
		int shift = 0;
		for (Violation violation : this.redacted) {
			if (violation.end() <= position) {
				shift += REMOVED.length() - (violation.end() - violation.start());
			}
		}
		return position + shift;
	}

	private int clamp(int position) {
		return Math.max(0, Math.min(position, this.storedText.length()));
	}

	private static List<Violation> merged(List<Violation> violations) {
		List<Violation> sorted = new ArrayList<>(violations);
		sorted.sort(Comparator.comparingInt(Violation::start).thenComparingInt(Violation::end));
		List<Violation> merged = new ArrayList<>();
		for (Violation violation : sorted) {
			if (violation.start() == violation.end()) {
				continue;
			}
			Violation last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && violation.start() < last.end()) {
				if (violation.end() > last.end()) {
					merged.set(merged.size() - 1, new Violation(last.rule(), last.outcome(), last.messageKey(),
							last.arguments(), last.start(), violation.end(), last.excerpt()));
				}
				continue;
			}
			merged.add(violation);
		}
		return merged;
	}

}
