package dev.parley.core.policy;

/**
 * {@code CONTACT_PHONE} (SPEC §4.4): phone numbers (see {@link PhoneScanner}) and
 * {@code tel:} links, except for the actions that may carry one (warranty, legal
 * disclosure).
 */
final class ContactPhoneRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.CONTACT_PHONE;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		if (inspection.settings().contacts().phoneAllowedActions().contains(inspection.action())) {
			return;
		}
		report(findings, inspection.body(), inspection.body().phones(), inspection.subjectUnit(),
				inspection.subjectUnit().phones());
		for (HtmlFinding finding : inspection.htmlFindings()) {
			if (finding.kind() == HtmlFinding.Kind.LINK_TEL) {
				reportFinding(inspection, findings, finding, "link");
			}
		}
	}

}
