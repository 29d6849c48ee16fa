package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code REVIEW_MANIPULATION} (SPEC §4.3): free-text asks for reviews or feedback, for
 * positive reviews, to change or remove a review, or offering anything for one: the
 * phrase lists, and sentences that name a review and ask the reader something
 * ({@link ReviewContext}). The message tells the seller to use the {@code REQUEST_REVIEW}
 * action instead.
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
		return spans;
	}

}
