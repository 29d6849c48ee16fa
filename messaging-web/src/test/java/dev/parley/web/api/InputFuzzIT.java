package dev.parley.web.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.parley.core.order.Order;
import dev.parley.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every API endpoint with the inputs no handler may take (NUL and other controls,
 * lone surrogates, bidirectional controls, over-long values, bytes that are not UTF-8,
 * malformed paths) in every text field, query parameter and path variable: every answer
 * is a 4xx {@code application/problem+json}, never a 5xx, and nothing stored changes.
 */
class InputFuzzIT extends ApiTestSupport {

	/** Values refused in any text field, as JSON string literals (escapes included). */
	static final List<String> JSON_VALUES = List.of("\"a\\u0000b\"", "\"bell\\u0007\"", "\"esc\\u001b[31m\"",
			"\"c1\\u0085\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\u202egnp.exe\"", "\"\\u2066isolate\\u2069\"",
			"\"" + "x".repeat(100_001) + "\"");

	/** Values refused in any query parameter, percent-encoded. */
	static final List<String> QUERY_VALUES = List.of("a%00b", "bell%07", "%1B%5B31m", "%C2%85", "%ED%A0%80", "%C3%28",
			"%E2%80%AEgnp", "%E2%81%A6iso", "x".repeat(5_000));

	/** Malformed path segments. */
	static final List<String> PATH_VALUES = List.of("..%2f..%2fetc%2fpasswd", "%2e%2e%2f", "a%00b", "%00", "a%5cb",
			"%ED%A0%80", "%E2%80%AE1", "%C0%AE%C0%AE", "..;", "1%0a2", "x".repeat(5_000));

	@Test
	void noInputGetsA5xxAndNothingStoredChanges() throws Exception {
		Party buyer = buyer();
		Party seller = seller();
		Party admin = admin();
		Order order = order(buyer, seller, Duration.ofDays(2));
		tools.jackson.databind.JsonNode sent = post(buyer, API + "/orders/" + order.id() + "/messages",
				message("Is it in stock?"))
			.body();
		long thread = sent.get("threadId").asLong();
		long messageId = post(seller, API + "/threads/" + thread + "/messages", message("Yes, it is.")).body()
			.get("messageId")
			.asLong();

		Map<String, Function<String, String>> bodies = new LinkedHashMap<>();
		String orderPath = API + "/orders/" + order.id() + "/messages";
		bodies.put("POST " + orderPath + " body", (v) -> "{\"body\":" + v + "}");
		bodies.put("POST " + orderPath + " subject", (v) -> "{\"subject\":" + v + ",\"body\":\"hi\"}");
		String replyPath = API + "/threads/" + thread + "/messages";
		bodies.put("POST " + replyPath + " body", (v) -> "{\"body\":" + v + "}");
		bodies.put("POST " + replyPath + " subject", (v) -> "{\"subject\":" + v + ",\"body\":\"hi\"}");
		bodies.put("POST " + API + "/threads/" + thread + "/reports note",
				(v) -> "{\"messageId\":" + messageId + ",\"reason\":\"SPAM\",\"note\":" + v + "}");
		bodies.put("POST " + API + "/listings/" + seller.id() + "/questions body", (v) -> "{\"body\":" + v + "}");
		bodies.put("POST " + API + "/policy/check body", (v) -> "{\"threadId\":\"" + thread + "\",\"body\":" + v + "}");
		bodies.put("POST " + API + "/policy/check orderId", (v) -> "{\"orderId\":" + v + ",\"body\":\"hi\"}");
		bodies.put("PUT " + API + "/settings/messaging notificationEmail",
				(v) -> "{\"buyerMessagesEnabled\":true,\"notificationEmail\":" + v + "}");
		bodies.put("POST " + API + "/auth/tokens email", (v) -> "{\"email\":" + v + ",\"password\":\"x\"}");
		bodies.put("POST " + API + "/auth/tokens password",
				(v) -> "{\"email\":\"" + seller.account().email() + "\",\"password\":" + v + "}");
		bodies.put("POST " + API + "/auth/tokens name", (v) -> "{\"email\":\"" + seller.account().email()
				+ "\",\"password\":\"" + PASSWORD + "\",\"name\":" + v + "}");
		bodies.put("POST " + API + "/admin/sellers/" + seller.id() + "/decisions reason",
				(v) -> "{\"decision\":\"WARN\",\"reason\":" + v + "}");
		bodies.put("POST " + API + "/admin/orders item title",
				(v) -> "{\"orderId\":\"" + newOrderId() + "\",\"buyerId\":" + buyer.id() + ",\"sellerId\":"
						+ seller.id() + ",\"items\":[{\"title\":" + v
						+ ",\"quantity\":1}],\"placedAt\":\"2026-11-01T10:00:00Z\"}");
		bodies.put("POST " + API + "/admin/orders orderId",
				(v) -> "{\"orderId\":" + v + ",\"buyerId\":" + buyer.id() + ",\"sellerId\":" + seller.id()
						+ ",\"items\":[{\"title\":\"desk\",\"quantity\":1}],\"placedAt\":\"2026-11-01T10:00:00Z\"}");

		List<String> queries = List.of(API + "/threads?q=", API + "/threads?filter=", API + "/threads?cursor=",
				API + "/threads?from=", API + "/orders?cursor=", API + "/admin/flags?after=");
		List<String> paths = List.of(API + "/threads/", API + "/orders/", API + "/orders/{}/messaging-actions",
				API + "/attachments/", API + "/admin/threads/{}/verify", API + "/admin/sellers/",
				API + "/threads/{}/read", API + "/auth/tokens/", "/seller/threads/", "/attachments/", "/");

		// A fresh token per endpoint keeps the per-token rate limit out of the way; all
		// made before the snapshot.
		Map<String, Party> callers = new LinkedHashMap<>();
		for (String endpoint : bodies.keySet()) {
			String path = endpoint.split(" ")[1];
			callers.put(endpoint, path.contains("/admin/") ? admin()
					: (path.contains("/settings/") || path.contains("/auth/")) ? seller : buyer());
		}
		Map<String, Long> before = snapshot();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, Function<String, String>> endpoint : bodies.entrySet()) {
			String[] parts = endpoint.getKey().split(" ");
			Party caller = callers.get(endpoint.getKey());
			for (String value : JSON_VALUES) {
				requests++;
				check(failures, endpoint.getKey(), value,
						send(caller, parts[0], parts[1], endpoint.getValue().apply(value), Map.of()));
			}
		}
		for (String query : queries) {
			Party caller = query.contains("/admin/") ? admin : buyer;
			for (String value : QUERY_VALUES) {
				requests++;
				check(failures, "GET " + query, value, raw(caller, "GET", query + value));
			}
		}
		for (String path : paths) {
			for (String value : PATH_VALUES) {
				requests++;
				String target = path.contains("{}") ? path.replace("{}", value) : path + value;
				check(failures, "GET " + path, value, raw(path.contains("/admin/") ? admin : buyer, "GET", target));
			}
		}
		// Longer than the container reads (its header limit): refused before any path is
		// known, so only "no 5xx, with the security headers".
		requests++;
		Response huge = raw(buyer, "GET", API + "/threads?q=" + "x".repeat(100_001));
		if (huge.status() >= 500 || huge.header("X-Content-Type-Options") == null) {
			failures.add("GET " + API + "/threads?q= <- 100001 chars: " + huge.status());
		}
		// Ordinary text, but longer than a search takes: the inbox's own refusal.
		requests++;
		Response tooLong = raw(buyer, "GET", API + "/threads?q=" + "x".repeat(201));
		if (tooLong.status() != 400 || !tooLong.text().contains("\"code\":\"SEARCH_INVALID\"")) {
			failures.add("GET " + API + "/threads?q= <- 201 chars: " + tooLong);
		}
		Map<String, Long> after = snapshot();
		// File names are cleaned rather than refused (controls removed, the name cut to
		// its limit): an upload may be stored, but never answered with a 5xx.
		for (String value : List.of("a\u0000b.pdf", "bell\u0007.pdf", "esc\u001b.pdf", "x".repeat(100_001) + ".pdf")) {
			requests++;
			Response upload = Multipart.upload(this, buyer, value, Multipart.PDF);
			if (upload.status() >= 500) {
				failures.add("POST " + API + "/attachments file name <- " + value.length() + " chars: " + upload);
			}
		}
		System.out.println("Input fuzz (API): " + (bodies.size() + queries.size() + paths.size() + 1)
				+ " endpoint fields x inputs = " + requests + " requests, " + failures.size() + " answers >= 500 or "
				+ "without a problem");
		failures.forEach(System.out::println);
		assertThat(failures).isEmpty();
		assertThat(after).isEqualTo(before);
	}

	private void check(List<String> failures, String endpoint, String value, Response response) {
		String shown = (value.length() > 40) ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
		if (response.status() >= 500) {
			failures.add(endpoint + " <- " + shown + ": " + response.status() + " " + abbreviate(response.text()));
			return;
		}
		if (response.status() < 400) {
			failures.add(endpoint + " <- " + shown + ": accepted with " + response.status());
			return;
		}
		String type = response.header("Content-Type");
		boolean api = endpoint.contains(API);
		if (api && response.status() >= 400 && (type == null || !type.startsWith("application/problem+json"))) {
			failures.add(endpoint + " <- " + shown + ": " + response.status() + " as " + type);
		}
		if (response.status() >= 400 && response.header("X-Content-Type-Options") == null) {
			failures.add(endpoint + " <- " + shown + ": " + response.status() + " without security headers");
		}
	}

	private Response raw(Party party, String method, String target) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + party.token())
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return exchange(request);
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/**
	 * Row counts of every table and a digest of the mutable ones a refused request could
	 * have changed.
	 */
	static Map<String, Long> snapshot() throws SQLException {
		Map<String, Long> snapshot = new LinkedHashMap<>();
		try (Connection db = TestDatabase.get().connect(); Statement statement = db.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = statement
				.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
					rs.next();
					snapshot.put(table, rs.getLong(1));
				}
			}
			for (String table : List.of("account", "seller_settings", "buyer_settings", "template",
					"template_translation", "orders", "order_line_item", "thread")) {
				try (ResultSet rs = statement
					.executeQuery("SELECT coalesce(sum(hashtext(t::text)::bigint), 0) FROM " + table + " t")) {
					rs.next();
					snapshot.put(table + " digest", rs.getLong(1));
				}
			}
		}
		return snapshot;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
