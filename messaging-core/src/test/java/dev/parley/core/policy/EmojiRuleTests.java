package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code EMOJI}: emoji and pictographs in seller messages (a run is one span); text
 * symbols are not emoji; buyers may use them.
 */
class EmojiRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Thanks ⟦😀⟧", "Great ⟦👍🏽⟧ news", "Flag ⟦🇺🇸⟧ here", "Family ⟦👨‍👩‍👧⟧ pack",
			"Love ⟦❤️⟧ it", "Rated ⟦⭐⭐⭐⟧", "Step ⟦1️⃣⟧ first", "Done ⟦✅⟧", "Two ⟦🎉⟧ and ⟦🚚⟧" })
	void catchesEmoji(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.EMOJI, body);
	}

	@ParameterizedTest
	@ValueSource(strings = { "© 2024 Northwind™ ®", "Price: 5 €", "Arrows → here", "日本語のテキスト", "Math ± × ÷ ≤",
			"Bullets • and – dashes" })
	void passesTextSymbols(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.EMOJI);
	}

	@Test
	void buyersMayUseEmoji() {
		assertThat(Drafts.buyer().html("Love it 😍").check().violations()).isEmpty();
	}

	@Test
	void emojiInTheSubjectAreReportedAtZero() {
		Decision decision = Drafts.seller().subject("Shipped 🚚").check();
		assertThat(decision.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.EMOJI);
			assertThat(violation.start()).isZero();
			assertThat(violation.end()).isZero();
			assertThat(violation.excerpt()).isEqualTo("🚚");
			assertThat(violation.messageKey()).isEqualTo("policy.EMOJI.subject");
		});
	}

}
