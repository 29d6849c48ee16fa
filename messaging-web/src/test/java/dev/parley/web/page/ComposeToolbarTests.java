package dev.parley.web.page;

import java.time.Clock;
import java.util.List;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftContext;
import dev.parley.core.policy.PolicySettings;
import dev.parley.core.policy.Relationship;
import dev.parley.core.policy.RulesEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composer's formatting toolbar inserts marks into the plain-text box; what those
 * marks become passes the real sanitizer unchanged, and stored HTML converts back to the
 * same marks (templates).
 */
class ComposeToolbarTests {

	static final RulesEngine RULES = new RulesEngine(PolicySettings.defaults());

	/** What each toolbar button inserts, and combinations a person might make. */
	@ParameterizedTest
	@ValueSource(strings = { "The **walnut** finish is oiled.", "It is *hand* painted.",
			"Options:\n- oak\n- walnut\n- beech", "Steps:\n1. unpack\n2. attach the legs\n3. tighten",
			"Track it at [UPS](https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784).",
			"**Bold with *italic* inside** and a list:\n- **one**\n- [two](https://www.fedex.com/en-us/tracking.html)",
			"Plain <b>tags</b> stay text & so do 2*3*4 and snake_case" })
	void toolbarOutputSurvivesTheSanitizerUnchanged(String typed) {
		String html = PlainText.toHtml(typed);
		Decision decision = RULES.check(draft(html));
		assertThat(decision.isBlocked()).as(decision.violations().toString()).isFalse();
		assertThat(decision.sanitizedHtml()).isEqualTo(html);
		// A template's stored HTML comes back into the box as marks that give the same
		// HTML.
		assertThat(PlainText.toHtml(PlainText.fromHtml(html))).isEqualTo(html);
	}

	@Test
	void marksBecomeTheElementsTheSanitizerKeeps() {
		assertThat(PlainText.toHtml("**a** and *b*")).isEqualTo("<p><b>a</b> and <i>b</i></p>");
		assertThat(PlainText.toHtml("Intro\n- one\n- two\nafter"))
			.isEqualTo("<p>Intro</p><ul><li>one</li><li>two</li></ul><p>after</p>");
		assertThat(PlainText.toHtml("1. one\n2. two")).isEqualTo("<ol><li>one</li><li>two</li></ol>");
		assertThat(PlainText.toHtml("[UPS](https://www.ups.com/)"))
			.isEqualTo("<p><a href=\"https://www.ups.com/\" rel=\"nofollow noopener\">UPS</a></p>");
		// Not marks: a lone asterisk, arithmetic, an http link, a script URL.
		assertThat(PlainText.toHtml("5 * 3 = 15 and 2*3*4")).isEqualTo("<p>5 * 3 = 15 and 2*3*4</p>");
		assertThat(PlainText.toHtml("[x](http://example.com)")).isEqualTo("<p>[x](http://example.com)</p>");
		assertThat(PlainText.toHtml("[x](javascript:alert(1))")).isEqualTo("<p>[x](javascript:alert(1))</p>");
		assertThat(PlainText.toHtml("[<img src=x>](https://www.ups.com/)")).doesNotContain("<img");
	}

	@Test
	void aLinkOutsideTheAllowedDomainsIsRefusedByTheRulesNotDropped() {
		Decision decision = RULES.check(draft(PlainText.toHtml("See [our shop](https://my-own-shop.example/)")));
		assertThat(decision.isBlocked()).isTrue();
		assertThat(decision.violations()).anyMatch((v) -> String.valueOf(v.rule()).equals("LINK_EXTERNAL"));
	}

	private static Draft draft(String html) {
		return new Draft(Role.SELLER, Action.REPLY, null, "Re: your question", html, List.of(),
				new DraftContext(Relationship.ORDER, null, null, true, false, MessagingStatus.ACTIVE, true, false,
						Language.EN, Clock.systemUTC()));
	}

}
