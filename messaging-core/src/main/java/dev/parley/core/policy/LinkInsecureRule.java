package dev.parley.core.policy;

/**
 * {@code LINK_INSECURE} (SPEC §4.4): any {@code http://} link or URL, and links with
 * schemes that are not web pages ({@code javascript:}, {@code data:}, {@code ftp:},
 * defanged {@code hxxp://}…).
 */
final class LinkInsecureRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.LINK_INSECURE;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		for (UrlScanner.Hit url : inspection.body().urlsNormalized()) {
			if (!url.scheme().isEmpty() && !url.scheme().equals("https")) {
				Span span = inspection.body().toText(url.start(), url.end());
				String excerpt = inspection.body().excerpt(span);
				findings.body(id(), url.scheme().equals("http") ? "" : "scheme", span, excerpt, excerpt, url.scheme());
			}
		}
		for (UrlScanner.Hit url : inspection.subjectUnit().urlsNormalized()) {
			if (!url.scheme().isEmpty() && !url.scheme().equals("https")) {
				Span span = inspection.subjectUnit().toText(url.start(), url.end());
				String excerpt = inspection.subjectUnit().excerpt(span);
				findings.subject(id(), span, excerpt, false, excerpt, url.scheme());
			}
		}
		for (HtmlFinding finding : inspection.htmlFindings()) {
			if (finding.kind() == HtmlFinding.Kind.LINK_INSECURE) {
				reportFinding(inspection, findings, finding, "", "http");
			}
			else if (finding.kind() == HtmlFinding.Kind.LINK_SCHEME) {
				String url = finding.url();
				int colon = url.indexOf(':');
				reportFinding(inspection, findings, finding, "scheme", (colon > 0) ? url.substring(0, colon) : url);
			}
		}
	}

}
