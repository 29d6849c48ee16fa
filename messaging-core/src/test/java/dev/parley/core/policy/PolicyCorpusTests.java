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

	/**
	 * The blind set (written by an author who never saw the engine; never tuned on:
	 * {@code test-corpora/policy/blind/README.md}) is far from the bars: when first run
	 * it gave recall 0.845 (de 0.850, en 0.850, es 0.825, fr 0.854; every contact detail
	 * caught, review manipulation 0.64) and flagged or blocked 9 of 140 honest messages.
	 * These floors only keep a change from making it worse.
	 */
	@Test
	void blindSetDoesNotFallBelowItsMeasuredFloor() throws IOException {
		PolicyEvaluation.Report report = PolicyEvaluation.evaluate(PolicyEvaluation.set("blind"), Drafts.ENGINE);
		assertThat(report.messages).isPositive();
		assertThat(report.overall.recall()).as("blind recall").isGreaterThanOrEqualTo(0.84);
		assertThat(report.overall.falsePositiveRate()).as("blind false blocks").isLessThanOrEqualTo(0.065);
		report.byLanguage.forEach((language, tally) -> {
			assertThat(tally.recall()).as("blind recall, " + language).isGreaterThanOrEqualTo(0.82);
			assertThat(tally.falsePositiveRate()).as("blind false blocks, " + language).isLessThanOrEqualTo(0.087);
		});
		assertThat(report.leaks).as("blind buyer leaks").isEmpty();
	}

}
