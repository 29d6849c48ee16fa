package dev.parley.core.policy;

import dev.parley.core.account.Language;
import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code REVIEW_REQUEST_WINDOW}: review requests from 5 to 30 days after delivery, with a
 * standardized text in the buyer's language that the seller cannot change.
 */
class ReviewRequestWindowRuleTests {

	@ParameterizedTest
	@CsvSource({ "0, policy.REVIEW_REQUEST_WINDOW.tooEarly", "4, policy.REVIEW_REQUEST_WINDOW.tooEarly",
			"31, policy.REVIEW_REQUEST_WINDOW.tooLate", "100, policy.REVIEW_REQUEST_WINDOW.tooLate" })
	void refusesOutsideTheWindow(int days, String key) {
		ContextRules.assertCaught(Drafts.proactive(Action.REQUEST_REVIEW).deliveredDaysAgo(days).check(),
				RuleId.REVIEW_REQUEST_WINDOW, key);
	}

	@Test
	void refusesBeforeDelivery() {
		ContextRules.assertCaught(Drafts.proactive(Action.REQUEST_REVIEW).deliveredDaysAgo(null).check(),
				RuleId.REVIEW_REQUEST_WINDOW, "policy.REVIEW_REQUEST_WINDOW.notDelivered");
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, 12, 30 })
	void allowsInsideTheWindow(int days) {
		Decision decision = Drafts.proactive(Action.REQUEST_REVIEW).deliveredDaysAgo(days).check();
		assertThat(decision.violations()).isEmpty();
		assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
	}

	@Test
	void theTextIsStandardizedInTheBuyersLanguage() {
		Decision decision = Drafts.proactive(Action.REQUEST_REVIEW)
			.deliveredDaysAgo(10)
			.language(Language.ES)
			.subject("Leave us 5 stars!")
			.html("Email me at john@example.com for a gift card if you leave 5 stars")
			.check();
		assertThat(decision.violations()).isEmpty();
		assertThat(decision.subject()).isEqualTo("Comparte tu experiencia con tu pedido reciente");
		assertThat(decision.text()).startsWith("Hola:").doesNotContain("john");
		assertThat(decision.sanitizedHtml()).startsWith("<p>Hola:</p>");
	}

	@Test
	void everyLanguageHasAText() {
		for (Language language : Language.values()) {
			Decision decision = Drafts.proactive(Action.REQUEST_REVIEW).deliveredDaysAgo(10).language(language).check();
			assertThat(decision.text()).isNotBlank();
			assertThat(PolicySettings.defaults().reviewRequests()).containsKey(language);
		}
	}

}
