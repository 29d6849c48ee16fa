package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code REVIEW_MANIPULATION} (SPEC §4.3): free-text asks for reviews or feedback, for
 * positive reviews, to change or remove a review, or offering anything for one: the
 * phrase lists, and sentences that name a review and ask the reader something
 * ({@link ReviewContext}), unless the message only explains that the seller has no say
 * over reviews. The message tells the seller to use the {@code REQUEST_REVIEW} action
 * instead.
 */
final class ReviewManipulationRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.REVIEW_MANIPULATION;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		report(findings, inspection.body(), spans(inspection.body()), inspection.subjectUnit(),
				spans(inspection.subjectUnit()));
	}

	private static List<Span> spans(TextUnit unit) {
		List<Span> spans = new ArrayList<>(unit.phrases(PhraseIndex.Category.REVIEW_MANIPULATION));
		spans.addAll(unit.cues(IntentCues.Kind.REVIEW_MANIPULATION));
		// a sentence only where no phrase names the ask more precisely
		for (Span sentence : unit.reviewAsks()) {
			if (spans.stream().noneMatch(sentence::overlaps)) {
				spans.add(sentence);
			}
		}
		return explained(unit, spans) ? List.of() : spans;
	}

	/**
	 * Whether every hit lies where the seller says they have no say over reviews (the
	 * statement's sentence or the one before it): a seller explaining, when asked, how a
	 * buyer edits a review or why it is not shown yet. One hit elsewhere and the
	 * statement excuses nothing.
	 */
	private static boolean explained(TextUnit unit, List<Span> spans) {
		if (spans.isEmpty()) {
			return false;
		}
		List<Span> disclaimers = unit.reviewDisclaimers();
		return !disclaimers.isEmpty()
				&& spans.stream().allMatch((span) -> disclaimers.stream().anyMatch((d) -> d.contains(span.start())));
	}

}
