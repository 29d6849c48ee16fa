package dev.parley.core.policy;

/**
 * {@code THANK_YOU_ONLY} (SPEC §4.4): a proactive message that only thanks (greetings and
 * a signature aside). Its span is the whole text.
 */
final class ThankYouOnlyRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.THANK_YOU_ONLY;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		if (MessageGist.applies(inspection) && MessageGist.of(inspection.body()).onlyThanks()) {
			Span all = new Span(0, inspection.text().length());
			findings.body(id(), "", all, inspection.body().excerpt(all));
		}
	}

}
