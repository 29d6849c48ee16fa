package dev.parley.core.policy;

/**
 * {@code REMOTE_IMAGE} (SPEC §4.4): an image loaded from the network (images travel as
 * attachments). The span is where the image was (empty); the excerpt is its address.
 */
final class RemoteImageRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.REMOTE_IMAGE;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		for (HtmlFinding finding : inspection.htmlFindings()) {
			if (finding.kind() == HtmlFinding.Kind.IMAGE_REMOTE) {
				reportFinding(inspection, findings, finding, "");
			}
		}
	}

}
