package dev.parley.core.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code TRACKING_PIXEL}: tiny, hidden and CSS images. The span is empty, where the image
 * was in the text; the excerpt is the image address.
 */
class TrackingPixelRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Hi<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\"> there | 2 | https://t.example/p.gif",
			"<img src=\"https://t.example/p.gif\" width=\"0\">Hello | 0 | https://t.example/p.gif",
			"Hello<img src=\"https://t.example/p.gif\" style=\"width:2px;height:2px\"> | 5 | https://t.example/p.gif",
			"<img src=\"https://t.example/p.gif\" style=\"display: none\">Hello | 0 | https://t.example/p.gif",
			"<div style=\"display:none\"><img src=\"https://t.example/p.gif\"></div>Hello | 0 | https://t.example/p.gif",
			"<img hidden src=\"https://t.example/p.gif\">Hello | 0 | https://t.example/p.gif",
			"<img src=\"https://t.example/p.gif\" style=\"visibility:hidden\">Hello | 0 | https://t.example/p.gif",
			"<p style=\"background-image:url(https://t.example/bg.png)\">Hello</p> | 0 | https://t.example/bg.png",
			"<table background=\"https://t.example/bg.png\"><tr><td>Hello</td></tr></table> | 0 | https://t.example/bg.png",
			"<style>body{background:url('https://t.example/x.png')}</style>Hello | 0 | https://t.example/x.png",
			"<img src=\"//t.example/p.gif\" width=\"1px\">Hello | 0 | //t.example/p.gif",
			"Order <b>shipped</b><img src=\"https://t.example/o.gif\" height=\"2\"> | 13 | https://t.example/o.gif" })
	void catchesTrackingImages(String html, int position, String url) {
		Decision decision = Drafts.seller().html(html).check();
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.TRACKING_PIXEL)
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.start()).isEqualTo(position);
				assertThat(violation.end()).isEqualTo(position);
				assertThat(violation.excerpt()).isEqualTo(url);
				assertThat(violation.outcome()).isEqualTo(Outcome.BLOCK);
			});
		assertThat(decision.sanitizedHtml()).doesNotContain("<img").doesNotContain("t.example");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<img src=\"https://example.com/photo.jpg\" width=\"600\" height=\"400\">",
			"<p style=\"color:red\">Hello</p>", "A 1x1 pixel is tiny.",
			"<img src=\"data:image/gif;base64,R0lGOD\" width=\"1\">",
			"<table><tr><td width=\"1\">cell</td></tr></table>" })
	void passesOtherImagesAndText(String html) {
		Drafts.assertNotCaught(Drafts.buyer().html(html).check(), RuleId.TRACKING_PIXEL);
	}

}
