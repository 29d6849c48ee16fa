package dev.parley.core.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code BODY_EMPTY}: no text after sanitizing and no attachment.
 */
class BodyEmptyRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "<p> </p><br>", "<script>alert(1)</script>", "<!-- nothing -->" })
	void refusesEmptyMessages(String html) {
		ContextRules.assertCaught(Drafts.buyer().html(html).check(), RuleId.BODY_EMPTY, "policy.BODY_EMPTY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", "<p>Hello</p>" })
	void allowsText(String html) {
		Drafts.assertNotCaught(Drafts.buyer().html(html).check(), RuleId.BODY_EMPTY);
	}

	@org.junit.jupiter.api.Test
	void allowsAnAttachmentAlone() {
		Drafts.assertNotCaught(Drafts.buyer().html("").attach("photo.png", AttachmentSamples.PNG).check(),
				RuleId.BODY_EMPTY);
	}

}
