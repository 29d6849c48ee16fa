package dev.parley.core.policy;

/**
 * A rule about what the sender wrote. It does not apply to the product's standardized
 * texts (review requests), which the sender cannot edit.
 */
abstract class ContentRule implements Rule {

	@Override
	public final void check(Inspection inspection, Findings findings) {
		if (!inspection.standardText()) {
			checkContent(inspection, findings);
		}
	}

	abstract void checkContent(Inspection inspection, Findings findings);

	/** Reports body hits of a span list, then subject hits of another. */
	final void report(Findings findings, TextUnit body, Iterable<Span> bodySpans, TextUnit subject,
			Iterable<Span> subjectSpans) {
		for (Span span : bodySpans) {
			String excerpt = body.excerpt(span);
			findings.body(id(), "", span, excerpt, excerpt);
		}
		for (Span span : subjectSpans) {
			String excerpt = subject.excerpt(span);
			findings.subject(id(), span, excerpt, false, excerpt);
		}
	}

	/** The span and excerpt of an HTML finding. */
	final void reportFinding(Inspection inspection, Findings findings, HtmlFinding finding, String variant,
			Object... extra) {
		Span span = inspection.findingSpans().get(finding.marker());
		String visible = inspection.body().excerpt(span);
		String excerpt = visible.isBlank() ? finding.url() : visible;
		Object[] arguments = new Object[extra.length + 1];
		arguments[0] = finding.url();
		System.arraycopy(extra, 0, arguments, 1, extra.length);
		findings.body(id(), variant, span, excerpt, arguments);
	}

}
