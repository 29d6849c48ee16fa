package dev.parley.core.policy;

/**
 * {@code TRACKING_PIXEL} (SPEC §4.4): images of 0 to 2 pixels, hidden images, and CSS or
 * {@code background} images. The span is where the image was (empty); the excerpt is its
 * address.
 */
final class TrackingPixelRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.TRACKING_PIXEL;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		for (HtmlFinding finding : inspection.htmlFindings()) {
			if (finding.kind() == HtmlFinding.Kind.IMAGE_PIXEL || finding.kind() == HtmlFinding.Kind.IMAGE_CSS) {
				reportFinding(inspection, findings, finding, "");
			}
		}
	}

}
