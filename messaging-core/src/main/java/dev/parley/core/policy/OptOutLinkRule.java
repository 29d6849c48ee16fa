package dev.parley.core.policy;

import java.util.Locale;

/**
 * {@code OPT_OUT_LINK} (SPEC §4.4): unsubscribe and opt-out links or offers; the
 * marketplace manages opt-outs itself.
 */
final class OptOutLinkRule extends ContentRule {

	@Override
	public RuleId id() {
		return RuleId.OPT_OUT_LINK;
	}

	@Override
	void checkContent(Inspection inspection, Findings findings) {
		report(findings, inspection.body(), inspection.body().phrases(PhraseIndex.Category.OPT_OUT),
				inspection.subjectUnit(), inspection.subjectUnit().phrases(PhraseIndex.Category.OPT_OUT));
		for (HtmlFinding finding : inspection.htmlFindings()) {
			String url = finding.url().toLowerCase(Locale.ROOT);
			if (finding.kind().isLink() && (url.contains("unsubscribe") || url.contains("optout")
					|| url.contains("opt-out") || url.contains("opt_out"))) {
				reportFinding(inspection, findings, finding, "link");
			}
		}
	}

}
