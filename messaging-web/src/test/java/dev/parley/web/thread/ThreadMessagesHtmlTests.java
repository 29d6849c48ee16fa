package dev.parley.web.thread;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.conversation.Visibility;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.page.MessageView;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.CanonicalHtml;
import dev.parley.web.testing.PageTestSupport;
import dev.parley.web.testing.TestCorpora;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link ThreadMessagesHtml} writes what the template engine wrote for a thread's
 * messages (the loop of {@code thread/thread.html} before it, kept as
 * {@code test/thread-messages-reference.html}): the same elements, attributes, texts and
 * white space between them, in English and Spanish, for the seller and the buyer, for
 * every kind of message, with and without the open report form and its CSRF field, and
 * for every payload of the XSS corpora as a sender name, subject, attachment file name,
 * report reason and report note.
 */
class ThreadMessagesHtmlTests extends PageTestSupport {

	private static final Instant SENT = Instant.parse("2026-12-07T09:30:00Z");

	private static final ThreadId THREAD = ThreadId.of(4711);

	private static final AccountId BUYER = AccountId.of(21);

	private static final AccountId SELLER = AccountId.of(42);

	private static final CsrfToken CSRF = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf",
			"q1w2-e3r4_T5y6U7i8O9p0AsDfGhJkL");

	@Autowired
	ThreadMessagesHtml messagesHtml;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	ThreadReader reader;

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@ParameterizedTest
	@CsvSource({ "en, ''", "es, ''", "en, /parley", "es, /parley" })
	void everyKindOfMessageIsWrittenAsTheTemplateWroteIt(String language, String contextPath) {
		Locale locale = Locale.forLanguageTag(language);
		for (boolean seller : new boolean[] { true, false }) {
			List<MessageView> messages = thread(seller);
			Map<Long, String> authors = new HashMap<>();
			for (MessageView message : messages) {
				if (message.sender() == Sender.SELLER && message.seq() % 2 == 0) {
					authors.put(message.id().value(), "Ana <Support> & \"Co\" " + message.seq());
				}
			}
			List<MessageView> reportable = messages.stream().filter(MessageView::reportable).toList();
			assertThat(reportable).hasSizeGreaterThan(2);
			assertThat(messages.get(messages.size() - 1).reportable()).isTrue();
			// No form, the form at an older message (cancel to #m<seq>), the form at the
			// latest (cancel to #latest).
			for (MessageId reportFor : new MessageId[] { null, reportable.get(0).id(),
					reportable.get(reportable.size() - 1).id() }) {
				assertSameMarkup(messages, seller, authors, reportFor, locale, contextPath, CSRF);
			}
		}
	}

	@Test
	void withoutACsrfTokenTheFormHasNoHiddenToken() {
		List<MessageView> messages = thread(false);
		MessageId last = messages.get(messages.size() - 1).id();
		String html = assertSameMarkup(messages, false, Map.of(), last, Locale.ENGLISH, "", null);
		assertThat(Jsoup.parseBodyFragment(html).select("form#report input[type=hidden]")).hasSize(1);
	}

	@Test
	void theOpenReportFormCarriesTheCsrfTokenWhereThymeleafPutIt() {
		List<MessageView> messages = thread(true);
		MessageId last = messages.get(messages.size() - 1).id();
		String html = assertSameMarkup(messages, true, Map.of(), last, Locale.ENGLISH, "", CSRF);
		Element form = Jsoup.parseBodyFragment(html).selectFirst("form#report");
		assertThat(form).isNotNull();
		Element first = form.child(0);
		assertThat(first.tagName()).isEqualTo("input");
		assertThat(first.attr("type")).isEqualTo("hidden");
		assertThat(first.attr("name")).isEqualTo("_csrf");
		assertThat(first.attr("value")).isEqualTo(CSRF.getToken());
		assertThat(form.attr("action")).isEqualTo("/seller/threads/4711/reports");
		assertThat(form.select("a").attr("href")).isEqualTo("/seller/threads/4711#latest");
	}

	@Test
	void sizesAreWrittenInTheLanguagesNumberFormat() {
		List<MessageView> messages = List
			.of(new Built(1, Sender.SELLER, false).attachments(1536, 10L * 1024 * 1024).build());
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		Document spanish = Jsoup.parseBodyFragment(this.messagesHtml.html(messages, false, THREAD, Map.of(), null));
		assertThat(spanish.select("ul.attachments span.muted").eachText()).containsExactly("1,5 KB", "10240,0 KB");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Document english = Jsoup.parseBodyFragment(this.messagesHtml.html(messages, false, THREAD, Map.of(), null));
		assertThat(english.select("ul.attachments span.muted").eachText()).containsExactly("1.5 KB", "10240.0 KB");
	}

	@Test
	void payloadsOfTheXssCorporaStayText() throws IOException {
		List<String> payloads = payloads();
		assertThat(payloads).hasSizeGreaterThan(250);
		List<MessageView> messages = new ArrayList<>();
		int seq = 1;
		for (String payload : payloads) {
			Built built = new Built(seq++, Sender.BUYER, true).name(payload)
				.subject(payload)
				.attachment(payload, 2048)
				.reportedBy(SELLER, payload, payload);
			messages.add(built.build());
			messages.add(new Built(seq++, Sender.BUYER, true).name(payload).subject(payload).build());
		}
		MessageId reportFor = messages.get(messages.size() - 1).id();
		Map<Long, String> authors = Map.of(messages.get(0).id().value(), payloads.get(0));
		String html = assertSameMarkup(messages, true, authors, reportFor, Locale.ENGLISH, "", CSRF);
		Element list = Jsoup.parseBodyFragment("<ol>" + html + "</ol>").body();
		// Only the messages' own elements: no payload became markup.
		assertThat(list.select("script, img, iframe, svg:not(.icon), style, object, embed, math, meta, base, link"))
			.isEmpty();
		assertThat(list.select("form")).hasSize(1);
		assertThat(list.select("ol > li.message")).hasSize(messages.size());
		for (Element element : list.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).doesNotStartWith("on");
				assertThat(attribute.getValue()).doesNotContainIgnoringCase("javascript:");
			}
		}
		assertThat(list.select("li.message strong.sender").eachText()).contains(payloads.get(0).strip());
	}

	@Test
	void aChangedClassAttributeOrTextFailsTheComparison() {
		List<MessageView> messages = thread(true);
		MessageId last = messages.get(messages.size() - 1).id();
		String reference = reference(messages, true, Map.of(), last, Locale.ENGLISH, "", CSRF);
		String java = java(messages, true, Map.of(), last, "", CSRF);
		compare(reference, java, messages.size(), "unchanged");
		String[][] changes = { { "class=\"message theirs\"", "class=\"message mine\"" },
				{ "class=\"badge\"", "class=\"badge \"" }, { "id=\"latest\"", "id=\"m99\"" }, { " download>", ">" },
				{ "aria-label=\"Attachments\"", "title=\"Attachments\"" }, { "name=\"_csrf\"", "name=\"csrf\"" },
				{ "#report\"", "\"" }, { "</strong>\n", "</strong>" },
				{ "<p class=\"note note-warn\">", "<p class=\"note\">" }, { "</option>\n", "</option>" },
				{ "</li>\n<li>", "</li><li>" }, { "</span><span>", "</span>\n<span>" },
				{ "value=\"" + CSRF.getToken(), "value=\"x" }, { "/reports\"", "/report\"" } };
		for (String[] change : changes) {
			assertThat(java).as(change[0]).contains(change[0]);
			String changed = java.replaceFirst(Pattern.quote(change[0]), Matcher.quoteReplacement(change[1]));
			assertThatExceptionOfType(AssertionError.class).as(change[0])
				.isThrownBy(() -> compare(reference, changed, messages.size(), change[0]));
		}
	}

	@Test
	void thePageWritesTheMessagesAndTheOpenReportFormWithTheRequestsCsrfToken() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		ThreadId thread = ask(buyer, order, "<p>Is the <b>finish</b> oiled?</p>");
		long question = this.reader.read(caller(seller), thread).messages().get(0).id().value();

		String page = this.mvc
			.perform(get("/seller/threads/" + thread.value() + "?report=" + question).with(as(seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document document = Jsoup.parse(page);
		assertThat(document.select("ol.messages > li.message")).hasSize(1);
		Element latest = document.selectFirst("ol.messages > li#latest");
		assertThat(latest).isNotNull();
		assertThat(latest.className()).isEqualTo("message theirs");
		assertThat(latest.select(".message-body").html()).isEqualTo("<p>Is the <b>finish</b> oiled?</p>");
		Element token = latest.selectFirst("form#report > input[type=hidden][name=_csrf]");
		assertThat(token).isNotNull();
		assertThat(token.attr("value")).isNotBlank()
			.isEqualTo(document.select("meta[name=csrf-token]").attr("content"));
		assertThat(latest.select("form#report select[name=reason] option")).hasSize(ReportReason.values().length);
	}

	/** Renders both and compares them message by message; returns the new markup. */
	private String assertSameMarkup(List<MessageView> messages, boolean seller, Map<Long, String> authors,
			@Nullable MessageId reportFor, Locale locale, String contextPath, @Nullable CsrfToken csrf) {
		String reference = reference(messages, seller, authors, reportFor, locale, contextPath, csrf);
		String java = java(messages, seller, authors, reportFor, contextPath, csrf);
		compare(reference, java, messages.size(),
				"%s, seller %s, report %s, context '%s'".formatted(locale, seller, reportFor, contextPath));
		return java;
	}

	private static void compare(String reference, String java, int messages, String description) {
		Element expected = Jsoup.parse(reference).selectFirst("ol.messages");
		Element actual = Jsoup.parseBodyFragment("<ol class=\"messages\">" + java + "</ol>").selectFirst("ol");
		assertThat(expected).isNotNull();
		assertThat(actual).isNotNull();
		assertThat(expected.children()).hasSize(messages);
		assertThat(actual.children()).hasSize(messages);
		for (int i = 0; i < messages; i++) {
			assertThat(CanonicalHtml.of(actual.child(i), true)).as("message %d (%s)", i, description)
				.isEqualTo(CanonicalHtml.of(expected.child(i), true));
		}
	}

	private String java(List<MessageView> messages, boolean seller, Map<Long, String> authors,
			@Nullable MessageId reportFor, String contextPath, @Nullable CsrfToken csrf) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request(seller, contextPath, csrf)));
		try {
			return this.messagesHtml.html(messages, seller, THREAD, authors, reportFor);
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	/**
	 * The old loop through the template engine, with the request context a Spring MVC
	 * view has, so that {@code th:action} asks Spring Security for the CSRF field.
	 */
	private String reference(List<MessageView> messages, boolean seller, Map<Long, String> authors,
			@Nullable MessageId reportFor, Locale locale, String contextPath, @Nullable CsrfToken csrf) {
		LocaleContextHolder.setLocale(locale);
		MockHttpServletRequest request = request(seller, contextPath, csrf);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockServletContext servletContext = new MockServletContext();
		Map<String, Object> model = new HashMap<>();
		model.put("messages", messages);
		model.put("seller", seller);
		model.put("area", seller ? "seller" : "buyer");
		model.put("thread", new ThreadStub(new SummaryStub(THREAD)));
		model.put("authors", authors);
		model.put("reportFor", (reportFor != null) ? reportFor.value() : null);
		model.put("reportReasons", ReportReason.values());
		WebContext variables = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response), locale,
				model);
		RequestContext requestContext = new RequestContext(request, response, servletContext, model);
		variables.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		variables.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, DefaultConversionService.getSharedInstance()));
		return this.templates.process("test/thread-messages-reference", variables);
	}

	private MockHttpServletRequest request(boolean seller, String contextPath, @Nullable CsrfToken csrf) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET",
				contextPath + "/" + (seller ? "seller" : "buyer") + "/threads/" + THREAD.value());
		request.setContextPath(contextPath);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		if (csrf != null) {
			request.setAttribute(CsrfToken.class.getName(), csrf);
			request.setAttribute(csrf.getParameterName(), csrf);
		}
		return request;
	}

	/**
	 * A thread with every kind of message as the seller or the buyer sees it: system
	 * notes, questions with and without a topic, replies important or not, undelivered,
	 * with one and three redacted rules (one that no bundle names), attachments from 1
	 * byte to 10 MB, the viewer's own reports; the latest from the other party.
	 */
	private static List<MessageView> thread(boolean seller) {
		Sender other = seller ? Sender.BUYER : Sender.SELLER;
		Sender me = seller ? Sender.SELLER : Sender.BUYER;
		List<Built> messages = new ArrayList<>();
		int seq = 1;
		messages.add(new Built(seq++, Sender.SYSTEM, seller).action(Action.SYSTEM_NOTE));
		messages.add(new Built(seq++, Sender.BUYER, seller).topic(Topic.PRODUCT_QUESTION)
			.subject("Is the <finish> \"oiled\" & waxed?"));
		messages.add(new Built(seq++, Sender.BUYER, seller).topic(null).subject("Hello 'there'"));
		messages.add(new Built(seq++, Sender.SELLER, seller).action(Action.REPLY));
		messages.add(new Built(seq++, Sender.SELLER, seller).action(Action.PAYMENT_ISSUE).important());
		messages.add(new Built(seq++, Sender.SELLER, seller).action(Action.REQUEST_REVIEW).undelivered());
		messages.add(new Built(seq++, other, seller).redacted("CONTACT_EMAIL"));
		messages.add(new Built(seq++, me, seller).redacted("CONTACT_PHONE", "LINK_EXTERNAL", "NO_SUCH_RULE"));
		messages.add(new Built(seq++, other, seller).attachments(1, 51, 52, 1023, 1024, 1536, 10L * 1024 * 1024,
				123_456_789));
		messages.add(new Built(seq++, me, seller).attachment("invoice & receipt <2026>.pdf", 4096));
		messages.add(new Built(seq++, other, seller).reportedBy(seller ? SELLER : BUYER, "SPAM", "buy now")
			.reportedBy(seller ? SELLER : BUYER, "OFF_PLATFORM", null));
		messages.add(new Built(seq++, Sender.SYSTEM, seller).action(Action.SYSTEM_NOTE).important().undelivered());
		messages.add(new Built(seq++, other, seller).important()
			.topic(Topic.SHIPPING)
			.redacted("OFF_PLATFORM")
			.attachment("photo.jpg", 20_000));
		messages.add(new Built(seq++, other, seller).body("<p>Thanks!</p>"));
		return messages.stream().map(Built::build).toList();
	}

	private List<String> payloads() throws IOException {
		List<String> payloads = new ArrayList<>();
		JsonNode fixtures = this.json
			.readTree(Files.readString(TestCorpora.folder("xss").resolve("dompurify-payloads.json")));
		for (JsonNode fixture : fixtures) {
			payloads.add(fixture.get("payload").asString());
		}
		Path vectors = TestCorpora.folder("xss").resolve("h5sc-vectors.txt");
		Matcher matcher = Pattern.compile("<div id=\"(\\d+)\">(.*?)//\\[\"'`-->\\]\\]>\\]</div>", Pattern.DOTALL)
			.matcher(Files.readString(vectors, StandardCharsets.UTF_8));
		while (matcher.find()) {
			payloads.add(matcher.group(2));
		}
		return payloads;
	}

	/** The shape of {@code ThreadView} the loop reads: {@code thread.summary().id()}. */
	record ThreadStub(SummaryStub summary) {
	}

	record SummaryStub(ThreadId id) {
	}

	/** A message as a viewer sees it, built up for one case. */
	private static final class Built {

		private final int seq;

		private final Sender sender;

		private final boolean sellerViews;

		private String name;

		private Action action;

		private @Nullable Topic topic;

		private String subject;

		private String body;

		private boolean important;

		private Delivery delivery = Delivery.DELIVERED;

		private final List<Redaction> redactions = new ArrayList<>();

		private final List<AttachmentInfo> attachments = new ArrayList<>();

		private final List<ThreadEvent> reports = new ArrayList<>();

		Built(int seq, Sender sender, boolean sellerViews) {
			this.seq = seq;
			this.sender = sender;
			this.sellerViews = sellerViews;
			this.name = switch (sender) {
				case BUYER -> "Ben O'Brien <buyer>";
				case SELLER -> "Walnut & Oak \"Studio\"";
				case SYSTEM -> "";
			};
			this.action = (sender == Sender.BUYER) ? Action.BUYER_QUESTION
					: (sender == Sender.SELLER) ? Action.REPLY : Action.SYSTEM_NOTE;
			this.topic = (sender == Sender.BUYER) ? Topic.ORDER_STATUS : null;
			this.subject = (sender == Sender.SYSTEM) ? "" : "Re: Walnut desk organizer #" + seq;
			this.body = "<p>Message " + seq + " with <b>bold</b>, <i>italics</i> and a "
					+ "<a href=\"https://parley.example/help\" rel=\"noopener\">link</a>.</p><ul><li>one</li></ul>";
		}

		Built name(String name) {
			this.name = name;
			return this;
		}

		Built action(Action action) {
			this.action = action;
			return this;
		}

		Built topic(@Nullable Topic topic) {
			this.topic = topic;
			return this;
		}

		Built subject(String subject) {
			this.subject = subject;
			return this;
		}

		Built body(String body) {
			this.body = body;
			return this;
		}

		Built important() {
			this.important = true;
			return this;
		}

		Built undelivered() {
			this.delivery = Delivery.NOT_DELIVERED_OPTED_OUT;
			return this;
		}

		Built redacted(String... rules) {
			for (String rule : rules) {
				this.redactions.add(new Redaction(rule, 0, 9));
			}
			return this;
		}

		Built attachments(long... sizes) {
			for (long size : sizes) {
				attachment("file-" + size + ".pdf", size);
			}
			return this;
		}

		Built attachment(String fileName, long size) {
			long id = this.seq * 100L + this.attachments.size() + 1;
			this.attachments
				.add(new AttachmentInfo(AttachmentId.of(id), fileName, "application/pdf", size, "ab".repeat(32)));
			return this;
		}

		Built reportedBy(AccountId viewer, String reason, @Nullable String note) {
			this.reports.add(new ThreadEvent(this.reports.size() + 1, THREAD, ThreadEvent.Type.REPORT, viewer, id(),
					SENT.plus(Duration.ofHours(this.seq + this.reports.size())), 0, reason, note, null, null));
			return this;
		}

		private MessageId id() {
			return MessageId.of(9000 + this.seq);
		}

		MessageView build() {
			AccountId author = switch (this.sender) {
				case BUYER -> BUYER;
				case SELLER -> SELLER;
				case SYSTEM -> null;
			};
			Message message = new Message(id(), THREAD, this.seq, this.sender, author, this.action, this.topic,
					this.subject, this.body, "text", this.attachments, SENT.plus(Duration.ofMinutes(this.seq * 97L)),
					this.delivery, this.important, false, this.redactions, Visibility.BOTH, new byte[32]);
			boolean mine = (this.sender == Sender.SELLER) == this.sellerViews && this.sender != Sender.SYSTEM;
			List<String> rules = this.redactions.stream().map(Redaction::rule).distinct().toList();
			boolean reportable = !mine && this.sender != Sender.SYSTEM && this.reports.isEmpty();
			return new MessageView(id(), this.seq, this.sender, this.name, mine, this.action, this.topic, this.subject,
					this.body, message, this.attachments, rules, null, reportable, List.copyOf(this.reports));
		}

	}

}
