package dev.parley.core.policy;

import dev.parley.core.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code LINK_INSECURE}: {@code http://} links and URLs (even to allowed domains) and
 * links with schemes that are not web pages; https links and prose mentioning "http" are
 * fine.
 */
class LinkInsecureRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "See ⟦http://example.com⟧ for info", "Track at ⟦http://ups.com/track⟧",
			"<a href=\"http://example.com\">⟦our page⟧</a>", "<a href=\"javascript:alert(1)\">⟦click⟧</a>",
			"<a href=\"JaVaScRiPt:alert(1)\">⟦mixed case⟧</a>", "<a href=\"java&#09;script:alert(1)\">⟦tab⟧</a>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">⟦data⟧</a>", "<a href=\"vbscript:msgbox(1)\">⟦vb⟧</a>",
			"Download ⟦ftp://files.example.com/manual.pdf⟧", "Defanged ⟦hxxp://evil.example/x⟧",
			"Upper ⟦HTTP://EXAMPLE.COM/PATH⟧ case", "Full width ⟦ｈｔｔｐ：／／example.com⟧ here",
			"<a href=\" http://example.com \">⟦spaces⟧</a>", "Two ⟦http://a.example⟧ and ⟦http://b.example/⟧",
			"<a href=\"http://marketplace.test/help\">⟦help⟧</a>", "In parentheses (⟦http://example.com/a⟧).",
			"<a href=\"file:///etc/passwd\">⟦file⟧</a>", "<p>A <b>⟦http://example.org/x?y=1&amp;z=2⟧</b> link</p>" })
	void catchesInsecureLinks(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.LINK_INSECURE, body);
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
		assertThat(decision.sanitizedHtml()).doesNotContainIgnoringCase("href=\"http:")
			.doesNotContainIgnoringCase("javascript:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Track at https://www.ups.com/track?tracknum=1Z999AA10123456784",
			"<a href=\"https://marketplace.test/orders\">your orders</a>", "We use the HTTP protocol.",
			"The http header matters.", "Help: https://parley.test/help", "Visit fedex.com for updates.",
			"Scheme-less ups.com/track works.", "The word http: alone.", "Use https:// links only.",
			"A colon: after text.", "Ratio 16:9 screen.", "<a href=\"#top\">top</a>", "<a href=\"/help\">help</a>",
			"<a href=\"https://usps.com/x\">USPS</a>", "mailto is just a word.", "Secure https://dhl.com/en.",
			"Note: see attached PDF." })
	void passesSecureAndHonestText(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.LINK_INSECURE);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "BUYER", "SELLER" })
	void blocksBothRoles(Role role) {
		Decision decision = Drafts.of(role).html("Look: http://example.com").check();
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

}
