package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ATTACHMENT_COUNT}: at most 5 attachments; none on a review request.
 */
class AttachmentCountRuleTests {

	@Test
	void refusesSixAttachments() {
		Drafts drafts = Drafts.seller();
		for (int i = 0; i < 6; i++) {
			drafts.attach("photo" + i + ".png", AttachmentSamples.PNG);
		}
		Violation hit = ContextRules.assertCaught(drafts.check(), RuleId.ATTACHMENT_COUNT, "policy.ATTACHMENT_COUNT");
		assertThat(hit.arguments()).containsExactly(6, 5);
	}

	@Test
	void allowsFive() {
		Drafts drafts = Drafts.buyer();
		for (int i = 0; i < 5; i++) {
			drafts.attach("photo" + i + ".png", AttachmentSamples.PNG);
		}
		assertThat(drafts.check().violations()).isEmpty();
	}

	@Test
	void reviewRequestsCarryNone() {
		ContextRules.assertCaught(Drafts.proactive(Action.REQUEST_REVIEW)
			.deliveredDaysAgo(10)
			.attach("a.png", AttachmentSamples.PNG)
			.check(), RuleId.ATTACHMENT_COUNT, "policy.ATTACHMENT_COUNT.reviewRequest");
	}

}
