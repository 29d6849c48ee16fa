package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code REMOTE_IMAGE}: images loaded from the network (they travel as attachments).
 * Inline {@code data:} images are removed without a violation (a note says so).
 */
class RemoteImageRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"See<img src=\"https://example.com/photo.jpg\"> | 3 | https://example.com/photo.jpg",
			"<img src=\"http://example.com/a.png\" width=\"300\" height=\"200\">Hi | 0 | http://example.com/a.png",
			"<img srcset=\"https://example.com/a.png 2x\">Hi | 0 | https://example.com/a.png",
			"<picture><img src=\"https://example.com/b.png\"></picture>Hi | 0 | https://example.com/b.png",
			"<picture><source srcset=\"https://example.com/c.webp 1x, https://example.com/c2.webp 2x\"></picture>Hi | 0 | https://example.com/c.webp",
			"Look<picture><source media=\"(min-width: 1px)\" srcset=\"https://example.com/d.avif\"><img src=\"data:image/png;base64,iVBORw0KGgo=\"></picture> | 4 | https://example.com/d.avif",
			"Logo <img src=\"https://www.ups.com/logo.png\"> | 4 | https://www.ups.com/logo.png" })
	void catchesRemoteImages(String html, int position, String url) {
		Decision decision = Drafts.buyer().html(html).check();
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.REMOTE_IMAGE)
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.start()).isEqualTo(position);
				assertThat(violation.end()).isEqualTo(position);
				assertThat(violation.excerpt()).isEqualTo(url);
			});
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<img src=\"data:image/png;base64,iVBORw0KGgo=\">Hi", "<img>Hi", "See image.png attached",
			"<img src=\"cid:part1\">Hi" })
	void passesInlineImagesAndText(String html) {
		Drafts.assertNotCaught(Drafts.seller().html(html).check(), RuleId.REMOTE_IMAGE);
	}

	@Test
	void everySourceOfAPictureIsReported() {
		Decision decision = Drafts.seller()
			.html("<picture><source srcset=\"https://a.example/x.webp\"><source srcset=\"https://b.example/x.avif\">"
					+ "<img src=\"https://c.example/x.png\"></picture>")
			.check();
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.REMOTE_IMAGE)
			.extracting(Violation::excerpt)
			.containsExactlyInAnyOrder("https://a.example/x.webp", "https://b.example/x.avif",
					"https://c.example/x.png");
	}

	@Test
	void hiddenPictureSourcesAreTrackingPixels() {
		Decision decision = Drafts.seller()
			.html("Hi<div style=\"display:none\"><picture><source srcset=\"https://t.example/p.gif\"></picture></div>")
			.check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.TRACKING_PIXEL);
	}

	@Test
	void inlineImagesAreRemovedWithANote() {
		Decision decision = Drafts.seller().html("<img src=\"data:image/png;base64,iVBORw0KGgo=\">Hi").check();
		assertThat(decision.sanitizedHtml()).isEqualTo("Hi");
		assertThat(decision.notes()).extracting(Note::messageKey).contains("policy.note.IMAGE_REMOVED");
	}

}
