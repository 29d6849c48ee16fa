package dev.parley.core.policy;

import dev.parley.core.conversation.Action;

/**
 * {@code REVIEW_REQUEST_ALREADY_SENT} (SPEC §4.3): one review request per order.
 */
final class ReviewRequestAlreadySentRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.REVIEW_REQUEST_ALREADY_SENT;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		if (inspection.action() == Action.REQUEST_REVIEW && inspection.context().reviewRequestAlreadySent()) {
			findings.general(id(), "", "");
		}
	}

}
