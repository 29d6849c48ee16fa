package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SUBJECT_TOO_LONG}: over 200 characters as typed (the product's
 * {@code [Important]} does not count). Span 0..0.
 */
class SubjectTooLongRuleTests {

	@Test
	void refusesLongSubjects() {
		Violation hit = ContextRules.assertCaught(Drafts.seller().subject("s".repeat(201)).check(),
				RuleId.SUBJECT_TOO_LONG, "policy.SUBJECT_TOO_LONG");
		assertThat(hit.arguments()).containsExactly(201, 200);
	}

	@Test
	void allowsTwoHundredCharacters() {
		Drafts.assertNotCaught(Drafts.seller().subject("s".repeat(200)).check(), RuleId.SUBJECT_TOO_LONG);
	}

	@Test
	void theImportantTagDoesNotCount() {
		Decision decision = Drafts.proactive(Action.PAYMENT_ISSUE)
			.subject("s".repeat(200))
			.html("The payment was declined; please update it in your account.")
			.check();
		Drafts.assertNotCaught(decision, RuleId.SUBJECT_TOO_LONG);
		assertThat(decision.subject()).hasSize(212).startsWith("[Important] ");
	}

	@Test
	void lineBreaksInSubjectsBecomeSpaces() {
		assertThat(Drafts.seller().subject("  Your\r\norder\tupdate ").check().subject())
			.isEqualTo("Your order update");
	}

}
