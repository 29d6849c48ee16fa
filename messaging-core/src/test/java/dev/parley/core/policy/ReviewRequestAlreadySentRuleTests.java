package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;

/**
 * {@code REVIEW_REQUEST_ALREADY_SENT}: one review request per order.
 */
class ReviewRequestAlreadySentRuleTests {

	@Test
	void refusesASecondRequest() {
		ContextRules.assertCaught(Drafts.proactive(Action.REQUEST_REVIEW).deliveredDaysAgo(10).reviewSent(true).check(),
				RuleId.REVIEW_REQUEST_ALREADY_SENT, "policy.REVIEW_REQUEST_ALREADY_SENT");
	}

	@Test
	void allowsTheFirstRequest() {
		Drafts.assertNotCaught(Drafts.proactive(Action.REQUEST_REVIEW).deliveredDaysAgo(10).check(),
				RuleId.REVIEW_REQUEST_ALREADY_SENT);
	}

	@Test
	void otherMessagesAreNotConcerned() {
		Drafts.assertNotCaught(Drafts.seller().reviewSent(true).check(), RuleId.REVIEW_REQUEST_ALREADY_SENT);
	}

}
