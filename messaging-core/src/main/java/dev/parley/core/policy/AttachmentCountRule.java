package dev.parley.core.policy;

import dev.parley.core.conversation.Action;

/**
 * {@code ATTACHMENT_COUNT} (SPEC §4.5): at most 5 attachments per message; none on a
 * review request, whose content is standardized. Span 0..0.
 */
final class AttachmentCountRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.ATTACHMENT_COUNT;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		int count = inspection.draft().attachments().size();
		int max = inspection.limits().maxAttachments();
		if (inspection.action() == Action.REQUEST_REVIEW && count > 0) {
			findings.general(id(), "reviewRequest", "", count, 0);
		}
		else if (count > max) {
			findings.general(id(), "", "", count, max);
		}
	}

}
