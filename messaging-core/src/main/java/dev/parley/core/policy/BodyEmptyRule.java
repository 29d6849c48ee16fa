package dev.parley.core.policy;

/**
 * {@code BODY_EMPTY}: no text (after sanitizing) and no attachments. Span 0..0.
 */
final class BodyEmptyRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.BODY_EMPTY;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		if (!inspection.standardText() && inspection.text().isBlank() && inspection.draft().attachments().isEmpty()
				&& inspection.htmlBytes() <= inspection.limits().maxBodyHtmlBytes()) {
			findings.general(id(), "", "");
		}
	}

}
