package dev.parley.core.policy;

/**
 * {@code BODY_TOO_LONG} (SPEC §4.4): more than 10,000 characters of text (the span is
 * what goes over) or more than 64 KiB of HTML (span 0..0).
 */
final class BodyTooLongRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.BODY_TOO_LONG;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		int maxChars = inspection.limits().maxBodyChars();
		int length = inspection.text().length();
		if (length > maxChars) {
			Span over = new Span(maxChars, length);
			findings.body(id(), "", over,
					inspection.body().excerpt(new Span(maxChars, Math.min(length, maxChars + 40))), length, maxChars);
		}
		if (inspection.htmlBytes() > inspection.limits().maxBodyHtmlBytes()) {
			findings.general(id(), "html", "", inspection.htmlBytes(), inspection.limits().maxBodyHtmlBytes());
		}
	}

}
