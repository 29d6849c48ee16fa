package dev.parley.web.conversation;

import java.util.List;

import dev.parley.core.moderation.FlagSpan;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Outcome;

/**
 * Flag spans on the stored text: rule spans refer to the text the sender wrote, and every
 * redacted part before them became {@code [removed]}.
 */
final class StoredSpans {

	private StoredSpans() {
	}

	static List<FlagSpan> flagSpans(Decision decision) {
		int length = decision.redactedText().length();
		return decision.violationsWith(Outcome.FLAG).stream().map((violation) -> {
			int start = Math.min(decision.redactedPosition(violation.start()), length);
			int end = Math.max(start, Math.min(decision.redactedPosition(violation.end()), length));
			return new FlagSpan(violation.rule().name(), start, end, violation.excerpt());
		}).toList();
	}

}
