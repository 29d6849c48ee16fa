package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CONTACT_PHONE}: phone numbers of the configured regions, obfuscated ones
 * included; order ids, tracking numbers, dates, times, prices, quantities, dimensions,
 * model numbers and addresses are not phone numbers.
 */
class ContactPhoneRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Call me at ⟦(212) 555-0143⟧ today.", "My cell: ⟦+44 7911 123456⟧",
			"Ring ⟦+1 212 555 0143⟧ anytime", "Our line is ⟦212-555-0143⟧.", "Dial ⟦212.555.0143⟧ please",
			"UK mobile ⟦07911 123456⟧ works", "Berlin office ⟦030 1234567⟧", "Spain ⟦612 345 678⟧ is fine",
			"France ⟦06 12 34 56 78⟧", "From abroad ⟦0044 7911 123456⟧", "Full width ⟦２１２５５５０１４３⟧",
			"Call ⟦five five five one two three four⟧", "Text me: ⟦2 1 2 5 5 5 0 1 4 3⟧", "WhatsApp ⟦+34 612 34 56 78⟧",
			"Tokyo ⟦03-1234-5678⟧", "India ⟦+91 98765 43210⟧", "Mexico City ⟦55 1234 5678⟧",
			"<p>Call <b>⟦212</b>-555-0143⟧</p>", "Hidden ⟦212\u200b555\u200b0143⟧", "Call me: ⟦555-1234⟧",
			"Two: ⟦212-555-0143⟧ or ⟦+44 7911 123456⟧" })
	void catchesPhoneNumbers(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.CONTACT_PHONE, body);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Your order 123-4567890-1234567 has shipped.",
			"Tracking number: 1Z999AA10123456784 (UPS).", "FedEx tracking 123456789012 should update tonight.",
			"FedEx 123456789012345 is the ground number.", "USPS tracking 9400 1000 0000 0000 0000 00 is active.",
			"USPS 9400100000000000000000 left the facility.", "DHL waybill 1234567890 was created.",
			"Delivered on 12/05/2024 at 14:30.", "Delivery window 2024-05-12 - 2024-05-14.",
			"Total: $1,299.99 including tax.", "The total came to 1234567.89 MXN.", "We have 2500000 units in stock.",
			"Dimensions: 120 x 60 x 75 cm, weight 12.5 kg.", "Model XJ-2000-7741 and SKU 88451236 are compatible.",
			"Invoice #20240512001 is attached.", "Ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043-1351.",
			"Order 114-3941689-8772232 and order 114-3941689-8772233 both arrive 03.06.2024.",
			"Open 10:00-18:00, Monday to Friday.", "ASIN B07XJ8C8F5, ISBN 978-3-16-148410-0.",
			"Part number 5551234567 fits your model.", "Compact date 20240512 in the file name.",
			"It takes 10 - 12 days, 3 - 5 for express.", "Price: 1.299.000 COP or EUR 2.500,00.",
			"Capacity 1000000 mAh, 25000000 pixels." })
	void passesHonestOrderMessages(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.CONTACT_PHONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hello, my address is 12345 Elm Street, Apt 5, Springfield IL 62704. Is that right?",
			"Can you ship to 221B Baker Street, London NW1 6XE instead of 10 Downing Street?",
			"Order 123-4567890-1234567: I received 2 of 3 items on 12.05.2024.",
			"Calle Mayor 123, 28013 Madrid, piso 4. ¿Llegará el 15/05/2024?" })
	void passesBuyersOwnAddressQuestions(String body) {
		Drafts.assertNotCaught(Drafts.buyer().html(body).check(), RuleId.CONTACT_PHONE);
	}

	@Test
	void warrantyAndLegalMessagesMayCarryAPhoneNumber() {
		for (Action action : new Action[] { Action.WARRANTY, Action.LEGAL_DISCLOSURE }) {
			Decision decision = Drafts.proactive(action)
				.html("Manufacturer warranty line: +1 212 555 0143, Monday to Friday.")
				.check();
			Drafts.assertNotCaught(decision, RuleId.CONTACT_PHONE);
		}
	}

	@Test
	void telLinksArePhonesAtTheirText() {
		String body = "Questions? <a href=\"tel:+12125550143\">⟦Phone support⟧</a>.";
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.CONTACT_PHONE, body);
		assertThat(decision.sanitizedHtml()).doesNotContain("tel:");
	}

	@Test
	void buyersPhoneNumbersAreRedacted() {
		Decision decision = Drafts.buyer().html("Please call +44 7911 123456 tomorrow.").check();
		assertThat(decision.violationsWith(Outcome.REDACT)).extracting(Violation::rule)
			.containsExactly(RuleId.CONTACT_PHONE);
		assertThat(decision.redactedText()).isEqualTo("Please call [removed] tomorrow.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "call me and I'll walk you through it: ⟦512·555·0147⟧, weekdays",
			"le livreur peut m'appeler au ⟦zéro six • douze • 34 • cinquante-six • 78⟧, l'interphone marche plus",
			"Ring ⟦0161 ∙ 496 ∙ 0734⟧ after six." })
	void middleDotsAndBulletsSeparateDigitsLikeDashes(String body) {
		Decision decision = Drafts.buyer().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.CONTACT_PHONE, body);
		assertThat(decision.redactedText()).doesNotContain("0147").doesNotContain("78,");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Set a safe place on ups.com using tracking number 1Z 999 AA1 01 2345 6784.",
			"UPS: 1Z-999-AA1-01-2345-6784, due Thursday." })
	void aUpsTrackingNumberInGroupsIsNotAPhone(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.CONTACT_PHONE);
	}

}
