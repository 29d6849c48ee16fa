package dev.parley.core.policy;

/**
 * {@code EMOJI} (SPEC §4.4): emoji and pictographs (see {@link EmojiScanner}); by default
 * refused for sellers, allowed for buyers.
 */
final class EmojiRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.EMOJI;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		report(findings, inspection.body(), inspection.body().emojis(), inspection.subjectUnit(),
				inspection.subjectUnit().emojis());
	}

}
