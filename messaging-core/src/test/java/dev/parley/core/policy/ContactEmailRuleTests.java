package dev.parley.core.policy;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CONTACT_EMAIL}: addresses, obfuscated ones included; "at" in honest prose and
 * order details are not addresses.
 */
class ContactEmailRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Write to ⟦john.smith@example.com⟧ for details.", "Mail ⟦JOHN@EXAMPLE.CO.UK⟧ today",
			"Contact ⟦jane_doe+shop@mail.example.org⟧.", "My address: ⟦john at example dot com⟧",
			"Reach me: ⟦john(at)example.com⟧", "Reach me: ⟦john [at] example [dot] com⟧",
			"Reach me: ⟦john{at}example{dot}com⟧", "Use ⟦john (at) example (dot) net⟧ please",
			"Full width: ⟦ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ⟧ ok", "Spaced: ⟦j o h n @ g m a i l . c o m⟧ thanks",
			"Try ⟦john @ example . com⟧ now", "Cyrillic: ⟦jоhn@gmаil.com⟧",
			"Zero width: ⟦john\u200b@\u200bexample.com⟧", "Email me at ⟦john at mystore.com⟧ soon",
			"Gmail: ⟦john.smith at gmail.com⟧", "Provider only: ⟦john@gmail⟧ thanks",
			"Spanish: ⟦juan arroba correo punto es⟧", "Two: ⟦a@example.com⟧ and ⟦b@example.org⟧",
			"<p>In <b>bold</b>: ⟦<b>john</b>@example.com⟧</p>", "Entity: ⟦john&#64;example.com⟧",
			"Dashes: ⟦john-at-example.com⟧" })
	void catchesAddresses(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.CONTACT_EMAIL, body);
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Please look at ups.com for tracking.", "I will be at home after 5 pm.",
			"The price is 10 units @ $4.99 each.", "We met at the depot. Com-pletely fine.",
			"Arrived at 10:30 at the front door.", "Your order 123-4567890-1234567 shipped at noon.",
			"The file is at marketplace.test/help", "Follow up at your convenience.",
			"AT&T delivered the modem at last.", "Meet at 5pm @ the store entrance.", "Look at the attached photo.",
			"Size M @ 180 cm height fits well.", "We are at 123 Main Street, Springfield.",
			"Check the status at fedex.com please.", "Stay at the hotel. Commence check-in at 3.",
			"Sent with love at dawn.", "Rated at 5 stars by testers." })
	void passesHonestText(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.CONTACT_EMAIL);
	}

	@Test
	void mailtoLinksAreAddressesAtTheirText() {
		String body = "Write to <a href=\"mailto:john@example.com\">⟦our support⟧</a>.";
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.CONTACT_EMAIL, body);
		assertThat(decision.sanitizedHtml()).doesNotContain("mailto");
	}

	@Test
	void buyersAddressesAreRedacted() {
		Decision decision = Drafts.buyer().html("<p>The old address john@example.com is gone</p>").check();
		assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
		assertThat(decision.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.outcome()).isEqualTo(Outcome.REDACT);
			assertThat(violation.messageKey()).isEqualTo("policy.CONTACT_EMAIL.redacted");
		});
		assertThat(decision.redactedText()).isEqualTo("The old address [removed] is gone");
		assertThat(decision.redactedHtml()).isEqualTo("<p>The old address [removed] is gone</p>");
	}

	@Test
	void addressesInTheSubjectAreReportedAtZero() {
		Decision decision = Drafts.of(Role.SELLER).subject("Old address john@example.com").check();
		assertThat(decision.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.CONTACT_EMAIL);
			assertThat(violation.start()).isZero();
			assertThat(violation.end()).isZero();
			assertThat(violation.excerpt()).isEqualTo("john@example.com");
			assertThat(violation.messageKey()).isEqualTo("policy.CONTACT_EMAIL.subject");
		});
	}

	@Test
	void buyerSubjectAddressesAreRedactedInTheDeliveredSubject() {
		Decision decision = Drafts.buyer().action(Action.BUYER_QUESTION).subject("Me: john@example.com").check();
		assertThat(decision.subject()).isEqualTo("Me: [removed]");
	}

}
