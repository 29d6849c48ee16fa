package dev.parley.core.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code BODY_TOO_LONG}: over 10,000 characters of text (span: what goes over) or over 64
 * KiB of HTML (span 0..0).
 */
class BodyTooLongRuleTests {

	@Test
	void refusesTextOverTheLimit() {
		Decision decision = Drafts.seller().html("a".repeat(10_001)).check();
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.BODY_TOO_LONG)
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.start()).isEqualTo(10_000);
				assertThat(violation.end()).isEqualTo(10_001);
				assertThat(violation.arguments()).containsExactly(10_001, 10_000);
			});
	}

	@Test
	void allowsTextAtTheLimit() {
		Drafts.assertNotCaught(Drafts.seller().html("a".repeat(10_000)).check(), RuleId.BODY_TOO_LONG);
	}

	@Test
	void refusesHtmlOverTheLimit() {
		String html = "<p><b><i><u>x</u></i></b></p>".repeat(2_500);
		Decision decision = Drafts.seller().html(html).check();
		ContextRules.assertCaught(decision, RuleId.BODY_TOO_LONG, "policy.BODY_TOO_LONG.html");
	}

	@Test
	void hugeBodiesAreRefusedWithoutBeingParsed() {
		Decision decision = Drafts.seller().html("<p>" + "x".repeat(1_000_000) + "</p>").check();
		assertThat(decision.violations()).extracting(Violation::rule).containsExactly(RuleId.BODY_TOO_LONG);
		assertThat(decision.text()).isEmpty();
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

}
