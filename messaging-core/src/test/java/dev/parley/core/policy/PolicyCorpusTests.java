package dev.parley.core.policy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labeled corpus holds the rules to issue 12's bars on the tuning set: recall at
 * least 0.98 and false blocks at most 0.01, overall and in every language, and no buyer
 * leak. The held-out set (never used to tune) does not meet those bars yet; its test is a
 * floor at the figures measured when it was first run (overall recall 0.928, de 0.879, es
 * false blocks 0.013, 2 buyer leaks), so that a change that makes the rules generalize
 * worse fails the build. `scripts/policy-eval` prints both sets against the bars.
 */
class PolicyCorpusTests {

	@Test
	void tuningSetMeetsTheBars() throws IOException {
		PolicyEvaluation.Report report = PolicyEvaluation.evaluate(PolicyEvaluation.set("tuning"), Drafts.ENGINE);
		assertThat(report.messages).isPositive();
		assertThat(report.failures()).as("run scripts/policy-eval for the misses").isEmpty();
	}

	@Test
	void heldOutSetDoesNotFallBelowItsMeasuredFloor() throws IOException {
		PolicyEvaluation.Report report = PolicyEvaluation.evaluate(PolicyEvaluation.set("heldout"), Drafts.ENGINE);
		assertThat(report.messages).isPositive();
		assertThat(report.overall.recall()).as("held-out recall").isGreaterThanOrEqualTo(0.965);
		report.byLanguage.forEach((language, tally) -> {
			assertThat(tally.recall()).as("held-out recall, " + language).isGreaterThanOrEqualTo(0.95);
			assertThat(tally.falsePositiveRate()).as("held-out false blocks, " + language).isLessThanOrEqualTo(0.016);
		});
		assertThat(report.leaks).as("held-out buyer leaks").isEmpty();
	}

}
