package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PROACTIVE_WINDOW}: proactive messages up to 30 days after delivery, any time
 * before; replies to an awaiting buyer message have no window.
 */
class ProactiveWindowRuleTests {

	@ParameterizedTest
	@ValueSource(ints = { 31, 45, 400 })
	void refusesProactiveMessagesLongAfterDelivery(int days) {
		Violation hit = ContextRules.assertCaught(Drafts.proactive(Action.PRODUCT_INSTRUCTIONS)
			.deliveredDaysAgo(days)
			.html("Here is how to reset the timer.")
			.check(), RuleId.PROACTIVE_WINDOW, "policy.PROACTIVE_WINDOW");
		assertThat(hit.arguments()).containsExactly(30, (long) days);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 10, 30 })
	void allowsProactiveMessagesWithinTheWindow(int days) {
		Drafts.assertNotCaught(Drafts.proactive(Action.PRODUCT_INSTRUCTIONS)
			.deliveredDaysAgo(days)
			.html("Here is how to reset the timer.")
			.check(), RuleId.PROACTIVE_WINDOW);
	}

	@Test
	void noLimitBeforeDelivery() {
		Drafts.assertNotCaught(Drafts.proactive(Action.UNEXPECTED_PROBLEM)
			.deliveredDaysAgo(null)
			.html("The shipment is delayed by a week.")
			.check(), RuleId.PROACTIVE_WINDOW);
	}

	@Test
	void repliesHaveNoWindow() {
		Drafts.assertNotCaught(Drafts.seller().awaiting(true).deliveredDaysAgo(90).check(), RuleId.PROACTIVE_WINDOW);
	}

	@Test
	void aReplyWithNothingAwaitingIsProactive() {
		Decision decision = Drafts.seller().awaiting(false).deliveredDaysAgo(40).html("Any news?").check();
		assertThat(decision.proactive()).isTrue();
		ContextRules.assertCaught(decision, RuleId.PROACTIVE_WINDOW, "policy.PROACTIVE_WINDOW");
	}

}
