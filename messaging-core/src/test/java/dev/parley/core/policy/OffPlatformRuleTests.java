package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OFF_PLATFORM}: asks to continue elsewhere (messenger apps, social networks and
 * handles, email, phone, another website).
 */
class OffPlatformRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "⟦Add me on⟧ ⟦WhatsApp⟧ for photos.", "⟦Message us on⟧ ⟦Telegram⟧ instead.",
			"Ping ⟦whatsapp⟧ now.", "⟦Follow us⟧ for news.", "⟦Email us directly⟧ for a faster answer.",
			"Please ⟦visit our website⟧.", "⟦Call us⟧ anytime.", "⟦Find me on⟧ ⟦Instagram⟧.",
			"Our handle is ⟦@northwind_shop⟧.", "⟦WeChat⟧ works too.", "Ping me ⟦via signal⟧.",
			"⟦Escríbenos directamente, por⟧ favor.", "Buying ⟦off the platform⟧ is cheaper.", "⟦Whats app⟧ me.",
			"⟦Give us a call⟧ tomorrow." })
	void catchesAsksToLeave(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.OFF_PLATFORM, body);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Please reply here in the messages.", "The signal at the depot was weak.",
			"Draw a line under the order.", "Email notifications are on.", "We contacted the carrier.",
			"You can reach the carrier through the UPS page.", "Price @ $5 each.", "I called the courier.",
			"The line is busy at the warehouse.", "Our team will follow up in this thread." })
	void passesOnPlatformMessages(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.OFF_PLATFORM);
	}

	@Test
	void buyersAsksAreFlagged() {
		Decision decision = Drafts.buyer().html("Can you call me tomorrow?").check();
		assertThat(decision.verdict()).isEqualTo(Verdict.FLAG);
		assertThat(decision.violationsWith(Outcome.FLAG)).extracting(Violation::rule)
			.containsExactly(RuleId.OFF_PLATFORM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what's your number? easier if i just ring you",
			"Können Sie mir Ihre Handynummer geben? Dann ruf ich kurz an.",
			"vous pourriez me donner votre numéro ? je vous appelle", "¿Me pasa su número? Le llamo y lo vemos.",
			"Send me your WhatsApp and I'll explain there." })
	void anAskForTheOtherPartysNumberIsFlaggedForBuyersAndSellers(String body) {
		assertThat(Drafts.buyer().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.OFF_PLATFORM);
		assertThat(Drafts.seller().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.OFF_PLATFORM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "What's your order number?", "What's your house number? The courier could not find it.",
			"Could you give your number to the driver at the door?", "Tell me your shoe size number and I'll check.",
			"Können Sie mir Ihre Bestellnummer geben?", "Geben Sie bitte Ihre Hausnummer an.",
			"Pourriez-vous me donner votre numéro de commande ?", "¿Me da su número de pedido, por favor?",
			"Give your mobile a restart and open the app again." })
	void anAskForAnOrderOrHouseNumberIsNot(String body) {
		Drafts.assertNotCaught(Drafts.buyer().html(body).check(), RuleId.OFF_PLATFORM);
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.OFF_PLATFORM);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"We're at the Saturday farmers' market every week. Swing by the stall and grab one there, saves you the shipping.",
			"Kommen S' einfach im Atelier vorbei und holen sich den Ersatzbezug selber ab, dann sparen wir uns die Post.",
			"dann würd ich die zweite schale lieber dort bei ihnen kaufen und gleich mitnehmen",
			"Share your GST details, we will raise a proforma and you can pay by UPI directly.",
			"vous etes aussi sur leboncoin ? je prefererais passer par la et qu'on fasse ca en main propre",
			"Pour 30 pièces, faisons ça en direct : vous réglez par virement et on vous livre nous-mêmes.",
			"ustedes no tienen pagina propia? la proxima vez prefiero comprarles alla directo" })
	void meetingsMarketsAndDirectPaymentAreOffPlatform(String body) {
		assertThat(Drafts.buyer().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.OFF_PLATFORM);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Delivery is free on this one because it ships from the same warehouse as your other order, so both come in one box.",
			"Nous vous avons remboursé par virement hier.", "The courier will stop by the depot before coming to you.",
			"Sie können das Paket in der Filiale abholen, dort liegt es sieben Tage." })
	void deliveriesAndRefundsAreNot(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.OFF_PLATFORM);
	}

}
