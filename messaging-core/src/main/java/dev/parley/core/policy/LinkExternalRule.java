package dev.parley.core.policy;

/**
 * {@code LINK_EXTERNAL} (SPEC §4.4): {@code https} links, bare URLs and domains outside
 * the allow-list (the marketplace's own domains and the carriers' tracking domains, with
 * their subdomains).
 */
final class LinkExternalRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.LINK_EXTERNAL;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		for (UrlScanner.Hit url : inspection.body().urlsNormalized()) {
			if (isExternal(url)) {
				Span span = inspection.body().toText(url.start(), url.end());
				String excerpt = inspection.body().excerpt(span);
				findings.body(id(), "", span, excerpt, excerpt, url.host());
			}
		}
		for (UrlScanner.Hit url : inspection.subjectUnit().urlsNormalized()) {
			if (isExternal(url)) {
				Span span = inspection.subjectUnit().toText(url.start(), url.end());
				String excerpt = inspection.subjectUnit().excerpt(span);
				findings.subject(id(), span, excerpt, false, excerpt, url.host());
			}
		}
		for (HtmlFinding finding : inspection.htmlFindings()) {
			if (finding.kind() == HtmlFinding.Kind.LINK_EXTERNAL) {
				Urls.Parsed parsed = Urls.parse(finding.url());
				reportFinding(inspection, findings, finding, "", String.valueOf(parsed.host()));
			}
		}
	}

	private static boolean isExternal(UrlScanner.Hit url) {
		return (url.scheme().isEmpty() || url.scheme().equals("https")) && url.host() != null && !url.allowed();
	}

}
