package dev.parley.web.page;

import java.util.List;

import dev.parley.web.page.MarkedText.Segment;
import dev.parley.web.page.MarkedText.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTests {

	@Test
	void cutsTheTextAtTheSpansMergingOverlapsAndClamping() {
		MarkedText marked = MarkedText.of("call <b>555 0132</b> now", List.of(new Span(8, 16, "CONTACT_PHONE"),
				new Span(0, 4, "OFF_PLATFORM"), new Span(10, 12, "X"), new Span(20, 99, "END")));

		assertThat(marked.segments()).containsExactly(new Segment("call", true, "OFF_PLATFORM"),
				new Segment(" <b>", false, null), new Segment("555 0132", true, "CONTACT_PHONE, X"),
				new Segment("</b>", false, null), new Segment(" now", true, "END"));
	}

	@Test
	void plainTextBecomesEscapedParagraphsAndBack() {
		String html = PlainText.toHtml("Hello <b>Ana</b> & co,\nline two\n\nSecond paragraph");

		assertThat(html).isEqualTo("<p>Hello &lt;b&gt;Ana&lt;/b&gt; &amp; co,<br>line two</p><p>Second paragraph</p>");
		assertThat(PlainText.fromHtml(html)).isEqualTo("Hello <b>Ana</b> & co,\nline two\n\nSecond paragraph");
		assertThat(PlainText.toHtml("  \n ")).isEmpty();
	}

}
