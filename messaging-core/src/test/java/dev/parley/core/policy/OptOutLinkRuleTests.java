package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code OPT_OUT_LINK}: unsubscribe links and opt-out offers from sellers; the
 * marketplace manages opt-outs.
 */
class OptOutLinkRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "To ⟦unsubscribe⟧, reply here.", "⟦Opt out⟧ of these messages anytime.",
			"⟦Reply STOP⟧ to end messages.", "Click to ⟦stop receiving these emails⟧.",
			"<a href=\"https://marketplace.test/unsubscribe?u=1\">⟦manage⟧</a>", "Puedes ⟦darte de baja⟧ aquí.",
			"⟦Manage your email preferences⟧ below.", "We can ⟦remove you from our mailing list⟧." })
	void catchesOptOutOffers(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.OPT_OUT_LINK, body);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Your order is on its way.", "The strap opts for a tighter fit.",
			"Stop by the store to receive it.", "We received your return." })
	void passesOrderMessages(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.OPT_OUT_LINK);
	}

	@Test
	void buyersMayTalkAboutOptingOut() {
		Drafts.assertNotCaught(Drafts.buyer().html("How do I unsubscribe from your messages?").check(),
				RuleId.OPT_OUT_LINK);
	}

}
