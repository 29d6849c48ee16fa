package dev.parley.core.policy;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions for rules about the message as a whole: span 0..0.
 */
final class ContextRules {

	private ContextRules() {
	}

	static Violation assertCaught(Decision decision, RuleId rule, String messageKey) {
		List<Violation> hits = decision.violations().stream().filter((v) -> v.rule() == rule).toList();
		assertThat(hits).as("%s in %s", rule, decision.violations()).hasSize(1);
		Violation hit = hits.get(0);
		assertThat(hit.start()).isZero();
		assertThat(hit.end()).isZero();
		assertThat(hit.messageKey()).isEqualTo(messageKey);
		return hit;
	}

}
