package dev.parley.core.policy;

/**
 * {@code REVIEW_MANIPULATION} (SPEC §4.3): free-text asks for reviews or feedback, for
 * positive reviews, to change or remove a review, or offering anything for one. The
 * message tells the seller to use the {@code REQUEST_REVIEW} action instead.
 */
final class ReviewManipulationRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.REVIEW_MANIPULATION;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		report(findings, inspection.body(), inspection.body().phrases(PhraseIndex.Category.REVIEW_MANIPULATION),
				inspection.subjectUnit(), inspection.subjectUnit().phrases(PhraseIndex.Category.REVIEW_MANIPULATION));
	}

}
