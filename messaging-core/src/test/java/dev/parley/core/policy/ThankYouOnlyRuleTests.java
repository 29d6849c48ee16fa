package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code THANK_YOU_ONLY}: a proactive seller message that only thanks; its span is the
 * whole text.
 */
class ThankYouOnlyRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Thank you for your order!",
			"Hi Ben, thank you so much for your purchase. Best regards, Northwind Outfitters",
			"<p>Dear customer,</p><p>Thanks for shopping with us! We hope you enjoy it.</p><p>Kind regards</p>",
			"Muchas gracias por tu compra. Saludos, Casa Artesana",
			"Many thanks! Let us know if you have any questions." })
	void catchesThanksOnly(String body) {
		Decision decision = Drafts.proactive(Action.PRODUCT_INSTRUCTIONS).html(body).check();
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.THANK_YOU_ONLY)
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.start()).isZero();
				assertThat(violation.end()).isEqualTo(decision.text().length());
				assertThat(violation.outcome()).isEqualTo(Outcome.BLOCK);
			});
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Thank you for your order. The blue one is out of stock; would you like the green one instead?",
					"Thanks! The manual for the stove is on page 4: keep the vent open while it heats.",
					"Thank you for your order. Which engraving text should we use on the lid?" })
	void passesMessagesWithSubstance(String body) {
		Drafts.assertNotCaught(Drafts.proactive(Action.PRODUCT_INSTRUCTIONS).html(body).check(), RuleId.THANK_YOU_ONLY);
	}

	@Test
	void repliesMayJustSayThanks() {
		Drafts.assertNotCaught(Drafts.seller().awaiting(true).html("Thank you!").check(), RuleId.THANK_YOU_ONLY);
	}

	@Test
	void anInvoiceWithAThankYouNoteSaysSomething() {
		Decision decision = Drafts.proactive(Action.SEND_INVOICE)
			.html("Thanks for your order!")
			.attach("invoice.pdf", AttachmentSamples.PDF)
			.check();
		Drafts.assertNotCaught(decision, RuleId.THANK_YOU_ONLY);
	}

	@Test
	void buyersMayJustSayThanks() {
		Drafts.assertNotCaught(Drafts.buyer().html("Thanks!").check(), RuleId.THANK_YOU_ONLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Just wanted to say how much it means to us that you chose a two-person workshop like ours. Orders like yours are honestly why we keep doing this.",
			"Nos importa mucho que nos eligiera para su regalo.",
			"Es bedeutet uns viel, dass Sie sich für uns entschieden haben." })
	void gratitudeWithoutTheWordThanksIsThanksOnly(String body) {
		assertThat(Drafts.proactive(Action.PRODUCT_INSTRUCTIONS).html(body).check().violations())
			.anyMatch((v) -> v.rule() == RuleId.THANK_YOU_ONLY);
	}

}
