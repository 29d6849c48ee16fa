package dev.parley.core.policy;

import dev.parley.core.account.MessagingStatus;
import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;

/**
 * {@code MESSAGING_SUSPENDED}: a suspended seller sends nothing, replies included.
 */
class MessagingSuspendedRuleTests {

	@Test
	void suspendedSellersCannotReply() {
		ContextRules.assertCaught(Drafts.seller().status(MessagingStatus.SUSPENDED).check(), RuleId.MESSAGING_SUSPENDED,
				"policy.MESSAGING_SUSPENDED");
	}

	@Test
	void suspendedSellersCannotSendCriticalMessages() {
		ContextRules.assertCaught(Drafts.proactive(Action.SHIPPING_ADDRESS_ISSUE)
			.status(MessagingStatus.SUSPENDED)
			.html("Your address lacks a house number.")
			.check(), RuleId.MESSAGING_SUSPENDED, "policy.MESSAGING_SUSPENDED");
	}

	@Test
	void warnedSellersMayWrite() {
		Drafts.assertNotCaught(Drafts.seller().status(MessagingStatus.WARNED).check(), RuleId.MESSAGING_SUSPENDED);
	}

	@Test
	void buyersAreNotConcerned() {
		Drafts.assertNotCaught(Drafts.buyer().status(MessagingStatus.SUSPENDED).check(), RuleId.MESSAGING_SUSPENDED);
	}

}
