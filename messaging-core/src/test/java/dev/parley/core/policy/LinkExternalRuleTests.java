package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code LINK_EXTERNAL}: https links, bare URLs and domains outside the allow-list
 * (marketplace and carrier domains with their subdomains); look-alikes of allowed domains
 * are external; file names, abbreviations and decimals are not domains.
 */
class LinkExternalRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Visit ⟦https://mystore.example.com⟧", "Go to ⟦www.mystore.com⟧ now",
			"⟦mystore.com⟧ has more", "UK shop ⟦mystore.co.uk/shop⟧.", "<a href=\"https://evil.com\">⟦click here⟧</a>",
			"<a href=\"https://ups.com.evil.com/track\">⟦UPS tracking⟧</a>",
			"<a href=\"https://evilups.com\">⟦UPS⟧</a>", "<a href=\"https://ups.com@evil.com\">⟦UPS⟧</a>",
			"Obfuscated ⟦mystore dot com⟧", "Bracketed ⟦mystore[.]com⟧", "Words ⟦mystore(dot)shop⟧",
			"Full width ⟦ＭＹＳＴＯＲＥ．ＣＯＭ⟧", "IDN ⟦https://xn--80ak6aa92e.com⟧", "Homograph ⟦https://ups.cоm/track⟧",
			"<a href=\"//evil.com/x\">⟦protocol relative⟧</a>", "Shop at ⟦etsy.com/shop/mystore⟧",
			"Short ⟦bit.ly/abc123⟧", "Help ⟦https://support.mystore.io/help⟧",
			"Two: ⟦mystore.net⟧ and ⟦otherstore.org⟧" })
	void catchesExternalLinks(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.LINK_EXTERNAL, body);
		assertThat(decision.sanitizedHtml()).doesNotContain("<a ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Track it on https://www.ups.com/track?tracknum=1Z999AA10123456784",
			"fedex.com/tracking has it.", "https://tools.usps.com/go/TrackConfirmAction", "www.dhl.com",
			"https://marketplace.test/orders/123", "parley.test/help", "Manual: manual.pdf is attached.",
			"See section 3.2 of the manual.", "e.g. the blue one, i.e. size M.", "Version 2.0 is out.",
			"We shipped it.Thanks for waiting.", "It arrived in the box.It was fine.", "Price 3.50 USD.",
			"photo.jpg and invoice.docx", "Mr. Smith and Dr. Jones.", "U.S. customers only.",
			"<a href=\"https://www.fedex.com/en-us/tracking.html\">FedEx</a>",
			"Order 123-4567890-1234567 ships at 10.30 a.m." })
	void passesAllowedLinksAndHonestText(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.LINK_EXTERNAL);
	}

	@Test
	void allowedLinksStayWithNofollowNoopener() {
		Decision decision = Drafts.seller()
			.html("<a href=\"https://www.ups.com/track?n=1\" target=\"_blank\" onclick=\"x()\">Track</a>")
			.check();
		assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
		assertThat(decision.sanitizedHtml())
			.isEqualTo("<a href=\"https://www.ups.com/track?n=1\" rel=\"nofollow noopener\">Track</a>");
	}

	@Test
	void buyersExternalLinksAreFlaggedAndRemoved() {
		Decision decision = Drafts.buyer().html("<a href=\"https://evil.com\">photos</a> of the damage").check();
		assertThat(decision.verdict()).isEqualTo(Verdict.FLAG);
		assertThat(decision.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.outcome()).isEqualTo(Outcome.FLAG);
			assertThat(violation.messageKey()).isEqualTo("policy.LINK_EXTERNAL.flagged");
		});
		assertThat(decision.sanitizedHtml()).isEqualTo("photos of the damage");
	}

}
