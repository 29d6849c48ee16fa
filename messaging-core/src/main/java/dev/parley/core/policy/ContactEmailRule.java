package dev.parley.core.policy;

/**
 * {@code CONTACT_EMAIL} (SPEC §4.4): email addresses, obfuscated ones included (see
 * {@link EmailScanner}), and {@code mailto:} links.
 */
final class ContactEmailRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.CONTACT_EMAIL;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		report(findings, inspection.body(), inspection.body().emails(), inspection.subjectUnit(),
				inspection.subjectUnit().emails());
		for (HtmlFinding finding : inspection.htmlFindings()) {
			if (finding.kind() == HtmlFinding.Kind.LINK_MAILTO) {
				reportFinding(inspection, findings, finding, "link");
			}
		}
	}

}
