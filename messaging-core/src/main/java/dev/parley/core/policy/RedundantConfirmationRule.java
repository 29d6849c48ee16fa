package dev.parley.core.policy;

/**
 * {@code REDUNDANT_CONFIRMATION} (SPEC §4.4): a proactive message that only confirms the
 * order or its shipment (the marketplace sends those). Its span is the whole text.
 */
final class RedundantConfirmationRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.REDUNDANT_CONFIRMATION;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		if (MessageGist.applies(inspection) && MessageGist.of(inspection.body()).onlyConfirmation()) {
			Span all = new Span(0, inspection.text().length());
			findings.body(id(), "", all, inspection.body().excerpt(all));
		}
	}

}
