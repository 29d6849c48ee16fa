package dev.parley.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string of the UI comes from the message bundles, the bundles agree, and
 * the templates comply with the Content-Security-Policy (no inline script, style or event
 * handler).
 */
class UiTextTests {

	private static final Path TEMPLATES = Paths.get("src/main/resources/templates");

	/** Attributes that a person reads or hears. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label",
			"value");

	@Test
	void englishAndSpanishBundlesHaveTheSameKeys() throws IOException {
		Set<String> english = keys("messages.properties");
		Set<String> spanish = keys("messages_es.properties");

		assertThat(spanish).as("keys missing in Spanish").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(spanish);
	}

	@Test
	void templatesHaveNoHardCodedVisibleText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = parse(template);
			for (Element element : document.getAllElements()) {
				if (isReplaced(element)) {
					continue;
				}
				for (Node child : element.childNodes()) {
					if (child instanceof TextNode text && hasLetters(text.text())) {
						problems.add(template + ": text '" + text.text().strip() + "' in <" + element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && hasLetters(attribute.getValue())
							&& !isHidden(element)) {
						problems.add(template + ": attribute " + attribute.getKey() + "='" + attribute.getValue()
								+ "' in <" + element.tagName() + ">");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static final Path EMAIL_TEMPLATE = Path.of("relay", "email.html");

	@Test
	void templatesHaveNoInlineScriptStyleOrHandlers() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			// The notification email goes to mail clients, not to a browser under our
			// CSP:
			// mail clients drop <style>, so its layout is inline; its only unescaped
			// output
			// is the stored sanitized message HTML.
			boolean email = template.endsWith(EMAIL_TEMPLATE);
			Document document = parse(template);
			for (Element element : document.getAllElements()) {
				if (element.tagName().equals("script") && !element.hasAttr("th:src") && !element.hasAttr("src")) {
					problems.add(template + ": inline <script>");
				}
				if (element.tagName().equals("style")) {
					problems.add(template + ": <style>");
				}
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey().replaceFirst("^th:", "");
					if ((name.equals("style") && !email) || name.startsWith("on")) {
						problems
							.add(template + ": attribute " + attribute.getKey() + " in <" + element.tagName() + ">");
					}
					if (attribute.getValue().toLowerCase().contains("javascript:")) {
						problems.add(template + ": javascript: URL in <" + element.tagName() + ">");
					}
				}
				// The stored sanitized message HTML; the inbox rows that InboxRowsHtml
				// writes and the thread's messages that ThreadMessagesHtml writes, every
				// text escaped (InboxRowsHtmlTests and ThreadMessagesHtmlTests: the XSS
				// corpus as names, subjects, file names and snippets stays text).
				String allowed = email ? "\\$\\{html\\}" : "\\$\\{m\\.html\\(\\)\\}";
				if (template.endsWith(Path.of("inbox", "inbox.html"))) {
					allowed += "|\\$\\{rowsHtml\\}";
				}
				else if (template.endsWith(Path.of("thread", "thread.html"))) {
					allowed += "|\\$\\{messagesHtml\\}";
				}
				if (element.hasAttr("th:utext") && !element.attr("th:utext").matches(allowed)) {
					problems.add(template + ": th:utext other than the stored message HTML (or the inbox rows, or "
							+ "the thread's messages): " + element.attr("th:utext"));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Text that Thymeleaf replaces at render time is a prototype, never shown.
	 */
	private static boolean isReplaced(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			if (at.hasAttr("th:text") || at.hasAttr("th:utext") || at.hasAttr("th:replace") || at.hasAttr("th:insert")
					|| at.tagName().equals("script") || at.tagName().equals("style")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHidden(Element element) {
		return element.tagName().equals("input") && "hidden".equals(element.attr("type"));
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static Document parse(Path template) throws IOException {
		return Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "", Parser.htmlParser());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).hasSizeGreaterThan(15);
			return templates;
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = UiTextTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(input).as(bundle).isNotNull();
			properties.load(new java.io.InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
