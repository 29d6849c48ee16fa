package dev.parley.web.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.order.OrderId;
import dev.parley.web.page.DueTime;
import dev.parley.web.testing.CanonicalHtml;
import dev.parley.web.testing.PageTestSupport;
import dev.parley.web.testing.TestCorpora;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InboxRowsHtml} writes what the template engine wrote for a row (the row of
 * {@code inbox/inbox.html} before stop 27, kept as
 * {@code test/inbox-rows-reference.html}): the same elements, attributes and texts, in
 * English and Spanish, for every kind of row and for every payload of the XSS corpus as a
 * name, subject and snippet.
 */
class InboxRowsHtmlTests extends PageTestSupport {

	private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

	@Autowired
	InboxRowsHtml rowsHtml;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void everyKindOfRowIsWrittenAsTheTemplateWroteIt(String language) {
		List<InboxController.Row> rows = new ArrayList<>();
		int id = 1;
		for (boolean unread : new boolean[] { true, false }) {
			for (Sender last : new Sender[] { Sender.BUYER, Sender.SELLER, Sender.SYSTEM, null }) {
				for (Duration due : new Duration[] { null, Duration.ofMinutes(95), Duration.ofMinutes(-130),
						Duration.ofDays(3), Duration.ofDays(-19) }) {
					boolean business = id % 3 == 0;
					OrderId order = (id % 2 == 0) ? OrderId.of("114-3941689-877223" + (id % 10)) : null;
					rows.add(row(id++, order, business, "Ana & Bob's \"shop\"", "Lamp <b>subject</b> " + id,
							"Where is it? 5 > 3", last, unread, (due != null) ? NOW.plus(due) : null, id % 4));
				}
			}
		}
		for (boolean seller : new boolean[] { true, false }) {
			assertSameMarkup(rows, seller, seller ? "seller" : "buyer", Locale.forLanguageTag(language));
		}
	}

	@Test
	void payloadsOfTheXssCorpusStayText() throws IOException {
		JsonNode fixtures = this.json
			.readTree(Files.readString(TestCorpora.folder("xss").resolve("dompurify-payloads.json")));
		List<InboxController.Row> rows = new ArrayList<>();
		int id = 1;
		for (JsonNode fixture : fixtures) {
			String payload = fixture.get("payload").asString();
			rows.add(row(id++, null, false, payload, payload, payload, Sender.BUYER, true, NOW.plusSeconds(3600), 1));
		}
		assertThat(rows).hasSizeGreaterThan(100);
		String html = assertSameMarkup(rows, true, "seller", Locale.ENGLISH);
		Element list = Jsoup.parseBodyFragment("<ol>" + html + "</ol>").body();
		// Only the row's own elements: no payload became markup.
		assertThat(list.select("script, img, iframe, svg:not(.icon), style, object, embed, math, form")).isEmpty();
		assertThat(list.select("li")).hasSize(rows.size());
		for (Element element : list.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).doesNotStartWith("on");
			}
		}
	}

	private String assertSameMarkup(List<InboxController.Row> rows, boolean seller, String area, Locale locale) {
		LocaleContextHolder.setLocale(locale);
		String java = this.rowsHtml.html(rows, seller, area);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/" + area + "/inbox");
		WebContext variables = new WebContext(JakartaServletWebApplication.buildApplication(new MockServletContext())
			.buildExchange(request, new MockHttpServletResponse()), locale);
		variables.setVariable("rows", rows);
		variables.setVariable("seller", seller);
		variables.setVariable("area", area);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, DefaultConversionService.getSharedInstance()));
		String template = this.templates.process("test/inbox-rows-reference", variables);
		Element expected = Jsoup.parse(template).selectFirst("ol.threads");
		Element actual = Jsoup.parseBodyFragment("<ol class=\"threads\">" + java + "</ol>").selectFirst("ol");
		assertThat(expected).isNotNull();
		assertThat(actual).isNotNull();
		assertThat(expected.children()).hasSize(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			assertThat(CanonicalHtml.of(actual.child(i), false)).as("row %d (%s, seller %s)", i, locale, seller)
				.isEqualTo(CanonicalHtml.of(expected.child(i), false));
		}
		return java;
	}

	private static InboxController.Row row(long id, OrderId order, boolean business, String name, String subject,
			String snippet, Sender last, boolean unread, Instant dueAt, int attachments) {
		InboxItem item = new InboxItem(ThreadId.of(id), order, AccountId.of(id + 1000), name, business, subject,
				snippet, last, NOW.minus(Duration.ofMinutes(id * 37)), 3, unread, dueAt, 0, attachments);
		return new InboxController.Row(item, DueTime.of(dueAt, NOW), InboxController.State.of(item, true));
	}

}
