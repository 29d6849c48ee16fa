package dev.parley.core.policy;

import dev.parley.core.account.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ATTACHMENT_SIZE}: empty files and files over 10 MB.
 */
class AttachmentSizeRuleTests {

	private static final int TEN_MB = 10 * 1024 * 1024;

	@Test
	void refusesEmptyFiles() {
		AttachmentCheck check = Drafts.ENGINE.checkAttachment(new DraftAttachment("empty.pdf", new byte[0]),
				Role.SELLER);
		assertThat(check.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.ATTACHMENT_SIZE);
			assertThat(violation.messageKey()).isEqualTo("policy.ATTACHMENT_SIZE.empty");
		});
	}

	@Test
	void refusesFilesOverTenMegabytes() {
		byte[] big = AttachmentSamples.concat(AttachmentSamples.PNG, new byte[TEN_MB]);
		AttachmentCheck check = Drafts.ENGINE.checkAttachment(new DraftAttachment("big.png", big), Role.BUYER);
		assertThat(check.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(RuleId.ATTACHMENT_SIZE);
			assertThat(violation.messageKey()).isEqualTo("policy.ATTACHMENT_SIZE");
			assertThat(violation.excerpt()).isEqualTo("big.png");
		});
	}

	@Test
	void acceptsTenMegabytes() {
		byte[] exactly = AttachmentSamples.concat(AttachmentSamples.PNG,
				new byte[TEN_MB - AttachmentSamples.PNG.length]);
		AttachmentCheck check = Drafts.ENGINE.checkAttachment(new DraftAttachment("ok.png", exactly), Role.BUYER);
		assertThat(check.violations()).isEmpty();
	}

	@Test
	void draftsCheckSizesToo() {
		ContextRules.assertCaught(Drafts.seller().attach("empty.txt", new byte[0]).check(), RuleId.ATTACHMENT_SIZE,
				"policy.ATTACHMENT_SIZE.empty");
	}

}
