package dev.parley.web.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.persistence.testing.TestDatabase;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Drives every page form field and search box with the inputs no handler may take: the
 * answer is the form again with the field marked (400) or a 4xx page, never a 5xx, never
 * a stack trace, and nothing stored changes.
 */
class InputFuzzPageTests extends PageTestSupport {

	@Autowired
	Conversations conversations;

	static final List<String> VALUES = List.of("a\u0000b", "bell\u0007", "esc\u001b[31m", "c1\u0085", "\uD800",
			"x\uDC00y", "\u202Egnp.exe", "\u2066isolate\u2069", "x".repeat(100_001));

	@Test
	void noFormInputGetsA5xxAndNothingStoredChanges() throws Exception {
		ParleyUser buyer = buyer();
		ParleyUser seller = seller();
		ParleyUser admin = admin();
		Order order = order(buyer, seller, Duration.ofDays(2));
		ThreadId thread = ask(buyer, order, "<p>Is it in stock?</p>");
		long messageId = this.conversations.messages(thread).get(0).id().value();

		Map<String, Form> forms = new LinkedHashMap<>();
		forms.put("/buyer/orders/{id}/messages", new Form(buyer, "/buyer/orders/" + order.id() + "/messages",
				Map.of("topic", "OTHER", "subject", "Hello", "body", "Hi"), List.of("subject", "body")));
		forms.put("/buyer/threads/{id}/messages", new Form(buyer, "/buyer/threads/" + thread.value() + "/messages",
				Map.of("subject", "Hello", "body", "Hi"), List.of("subject", "body")));
		forms.put("/seller/threads/{id}/messages", new Form(seller, "/seller/threads/" + thread.value() + "/messages",
				Map.of("action", "REPLY", "body", "Hi"), List.of("body")));
		forms.put("/seller/threads/{id}/reports",
				new Form(seller, "/seller/threads/" + thread.value() + "/reports",
						Map.of("messageId", String.valueOf(messageId), "reason", "SPAM", "note", "spam"),
						List.of("note", "messageId")));
		forms.put("/listings/{seller}/questions",
				new Form(buyer, "/listings/" + seller.accountId().value() + "/questions",
						Map.of("topic", "OTHER", "subject", "Hello", "body", "Hi"), List.of("subject", "body")));
		forms.put("/seller/settings",
				new Form(seller, "/seller/settings",
						Map.of("buyerMessagesEnabled", "true", "notificationEmail", "a@example.test"),
						List.of("notificationEmail")));
		forms.put("/seller/tokens", new Form(seller, "/seller/tokens", Map.of("name", "ci"), List.of("name")));
		forms.put("/seller/templates", new Form(seller, "/seller/templates",
				Map.of("name", "Shipping", "language", "EN", "subject", "Shipped", "body", "It ships today",
						"translations[0].language", "ES", "translations[0].subject", "Enviado", "translations[0].body",
						"Hoy"),
				List.of("name", "subject", "body", "translations[0].subject", "translations[0].body")));
		forms.put("/admin/sellers/{id}/decision",
				new Form(admin, "/admin/sellers/" + seller.accountId().value() + "/decision",
						Map.of("kind", "WARN", "reason", "Spam"), List.of("reason")));
		List<String> searches = List.of("/seller/inbox q", "/buyer/inbox q", "/buyer/inbox filter",
				"/seller/inbox cursor", "/seller/inbox from", "/seller/orders cursor");

		Map<String, Long> before = snapshot();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		int fields = 0;
		for (Form form : forms.values()) {
			for (String field : form.fuzzed()) {
				fields++;
				for (String value : VALUES) {
					requests++;
					MockHttpServletRequestBuilder request = post(form.path()).with(as(form.user())).with(csrf());
					form.values().forEach((name, v) -> request.param(name, name.equals(field) ? value : v));
					if (!form.values().containsKey(field)) {
						request.param(field, value);
					}
					check(failures, "POST " + form.path() + " " + field, value, this.mvc.perform(request).andReturn());
				}
			}
		}
		for (String search : searches) {
			fields++;
			// (A query string cannot carry a lone surrogate through MockMvc, which
			// encodes
			// it as '?'; the API fuzz sends its raw bytes.)
			for (String value : VALUES.stream()
				.filter((v) -> v.chars().noneMatch((c) -> Character.isSurrogate((char) c)))
				.toList()) {
				requests++;
				ParleyUser user = search.startsWith("/seller") ? seller : buyer;
				String[] parts = search.split(" ");
				check(failures, "GET " + search, value,
						this.mvc.perform(get(parts[0]).queryParam(parts[1], value).with(as(user))).andReturn());
			}
		}
		for (String value : VALUES) {
			requests++;
			fields++;
			check(failures, "POST /login email", value,
					this.mvc.perform(post("/login").param("email", value).param("password", "wrong").with(csrf()))
						.andReturn());
		}
		Map<String, Long> after = snapshot();
		System.out.println("Input fuzz (pages): " + fields + " form fields and search boxes x " + VALUES.size()
				+ " inputs = " + requests + " requests, " + failures.size() + " answers >= 500 or with a stack trace");
		failures.forEach(System.out::println);
		assertThat(failures).isEmpty();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aSearchTheInboxCannotTakeIsAnInlineErrorAboveTheUnsearchedInbox() throws Exception {
		ParleyUser buyer = buyer();
		ParleyUser seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		ask(buyer, order, "<p>Is the lamp in stock?</p>");
		for (ParleyUser user : List.of(seller, buyer)) {
			String inbox = (user == seller) ? "/seller/inbox" : "/buyer/inbox";
			for (String value : List.of("a\u0000b", "bell\u0007", "\u202Egnp.exe", "x".repeat(201),
					"x".repeat(100_001))) {
				MockHttpServletResponse response = this.mvc.perform(get(inbox).queryParam("q", value).with(as(user)))
					.andReturn()
					.getResponse();
				String body = response.getContentAsString();
				assertThat(response.getStatus()).as(inbox + " " + value.length()).isEqualTo(400);
				assertThat(body).contains("id=\"q-error\"")
					.contains("Search for at most 200 characters")
					.contains("aria-describedby=\"q-error\"")
					// The inbox is there, without the search: the thread is listed.
					.contains(order.id().value())
					.doesNotContain("\u0000");
			}
			// A search it can take is no error.
			MockHttpServletResponse fine = this.mvc.perform(get(inbox).queryParam("q", "lamp").with(as(user)))
				.andReturn()
				.getResponse();
			assertThat(fine.getStatus()).isEqualTo(200);
			assertThat(fine.getContentAsString()).doesNotContain("id=\"q-error\"").contains(order.id().value());
		}
	}

	private static void check(List<String> failures, String endpoint, String value, MvcResult result) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		// A refused report goes back to the thread with a warning (the report form is a
		// menu on every message, not a page of its own).
		boolean warned = result.getFlashMap() != null && result.getFlashMap().containsKey("flashWarn");
		String shown = (value.length() > 40) ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
		String body = response.getContentAsString();
		if (response.getStatus() >= 500 || body.contains("Exception") || body.contains("\tat ")) {
			failures.add(endpoint + " <- " + shown + ": " + response.getStatus());
		}
		else if (response.getStatus() < 400 && !endpoint.startsWith("POST /login") && !warned) {
			failures.add(endpoint + " <- " + shown + ": accepted with " + response.getStatus());
		}
	}

	static Map<String, Long> snapshot() throws SQLException {
		Map<String, Long> snapshot = new LinkedHashMap<>();
		try (Connection db = TestDatabase.get().connect(); Statement statement = db.createStatement()) {
			for (String table : List.of("account", "seller_settings", "buyer_settings", "template",
					"template_translation", "api_token", "message", "thread_event", "flag", "admin_decision",
					"platform_notice", "thread", "upload")) {
				try (ResultSet rs = statement.executeQuery(
						"SELECT count(*), coalesce(sum(hashtext(t::text)::bigint), 0) FROM " + table + " t")) {
					rs.next();
					snapshot.put(table, rs.getLong(1));
					snapshot.put(table + " digest", rs.getLong(2));
				}
			}
		}
		return snapshot;
	}

	record Form(ParleyUser user, String path, Map<String, String> values, List<String> fuzzed) {
	}

}
