package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code IMPORTANT_MISUSE}: {@code [Important]} in any case, spacing or bracket form with
 * a non-critical action. Critical actions get the tag from the product, once.
 */
class ImportantMisuseRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "[Important] Your order | [Important]", "[IMPORTANT] delay | [IMPORTANT]",
					"Delay [ important ] | [ important ]", "Note ［Important］ | ［Important］",
					"【Important】 note | 【Important】", "[I m p o r t a n t] x | [I m p o r t a n t]" })
	void refusesTheTagOnNonCriticalActions(String subject, String tag) {
		Violation hit = ContextRules.assertCaught(
				Drafts.proactive(Action.UNEXPECTED_PROBLEM).subject(subject).html("The delivery is late.").check(),
				RuleId.IMPORTANT_MISUSE, "policy.IMPORTANT_MISUSE");
		assertThat(hit.excerpt()).isEqualTo(tag);
	}

	@Test
	void buyersCannotMarkMessagesImportant() {
		ContextRules.assertCaught(Drafts.buyer().subject("[important] where is it").check(), RuleId.IMPORTANT_MISUSE,
				"policy.IMPORTANT_MISUSE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Delivery appointment", "[Important] Delivery appointment",
			"[important]   Delivery appointment", "  Delivery appointment [IMPORTANT] " })
	void criticalActionsGetTheTagOnce(String subject) {
		Decision decision = Drafts.proactive(Action.CONFIRM_DELIVERY_DETAILS)
			.subject(subject)
			.html("Which day suits you for the delivery of the sofa?")
			.check();
		Drafts.assertNotCaught(decision, RuleId.IMPORTANT_MISUSE);
		assertThat(decision.important()).isTrue();
		assertThat(decision.subject()).isEqualTo("[Important] Delivery appointment");
	}

	@Test
	void importantAsAWordIsFine() {
		Drafts.assertNotCaught(Drafts.seller().subject("Important: new tracking number").check(),
				RuleId.IMPORTANT_MISUSE);
	}

}
