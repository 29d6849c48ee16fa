package dev.parley.core.policy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the public XSS corpora (DOMPurify's fixtures and the HTML5 Security
 * Cheatsheet) through the sanitizer: parsed again with jsoup, the output has no script,
 * no event handler, no {@code javascript:}, {@code data:} or {@code http:} URL in any
 * attribute, no style, form, frame, object or embed, and only elements of the safe list.
 */
class XssCorpusTests {

	private static final Set<String> SAFE = Set.of("#root", "html", "head", "body", "p", "br", "b", "i", "u", "ul",
			"ol", "li", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
			"blockquote", "a");

	@Test
	void dompurifyPayloadsComeOutHarmless() throws IOException {
		List<String> payloads = TestCorpora.dompurifyPayloads();
		assertThat(payloads).hasSizeGreaterThan(200);
		assertHarmless(payloads);
	}

	@Test
	void html5SecurityCheatsheetVectorsComeOutHarmless() throws IOException {
		List<String> vectors = TestCorpora.h5scVectors();
		assertThat(vectors).hasSizeGreaterThan(100);
		assertHarmless(vectors);
	}

	private static void assertHarmless(List<String> payloads) {
		int checked = 0;
		for (String payload : payloads) {
			Decision decision = Drafts.buyer().html(payload).check();
			assertHarmless(payload, decision.sanitizedHtml());
			assertHarmless(payload, decision.redactedHtml());
			checked++;
		}
		assertThat(checked).isEqualTo(payloads.size());
	}

	private static void assertHarmless(String payload, String html) {
		for (Element element : Jsoup.parse(html).getAllElements()) {
			String name = element.normalName();
			assertThat(name).as("element in output of %s: %s", payload, html)
				.isNotIn("script", "style", "form", "frame", "iframe", "frameset", "object", "embed", "svg", "math",
						"img", "input", "button", "link", "meta", "base")
				.isIn(SAFE);
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
				assertThat(key).as("attribute in output of %s: %s", payload, html)
					.doesNotStartWith("on")
					.isNotEqualTo("style")
					.isIn("href", "rel", "colspan", "rowspan", "start");
				assertThat(value).as("attribute value in output of %s: %s", payload, html)
					.doesNotContain("javascript:")
					.doesNotContain("vbscript:")
					.doesNotContain("data:")
					.doesNotContain("http:");
				if (key.equals("href")) {
					assertThat(value).startsWith("https://");
					assertThat(element.attr("rel")).isEqualTo("nofollow noopener");
				}
			}
		}
	}

}
