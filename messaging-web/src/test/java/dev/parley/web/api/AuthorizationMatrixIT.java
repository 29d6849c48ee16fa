package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.parley.core.order.Order;
import dev.parley.core.team.Member;
import dev.parley.core.team.Permission;
import dev.parley.web.token.IssuedToken;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × {buyer A, buyer B, seller X, seller Y, admin, anonymous} on objects of
 * A and X: the owner gets through, everybody else gets 401, 403 or 404 and never the
 * data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends ApiTestSupport {

	static final List<String> CALLERS = List.of("A", "B", "X", "Y", "admin", "anonymous");

	Map<String, Party> parties = new LinkedHashMap<>();

	Order order;

	long thread;

	long buyerMessage;

	long sellerMessage;

	long sentAttachment;

	long unsentUpload;

	long flag;

	long spareTokenOfA;

	/**
	 * Text that identifies the objects of A and X; no other caller's response may contain
	 * it.
	 */
	String secret;

	@BeforeAll
	void createObjectsOfBuyerAAndSellerX() {
		this.parties.put("A", buyer());
		this.parties.put("B", buyer());
		this.parties.put("X", seller());
		this.parties.put("Y", seller());
		this.parties.put("admin", admin());
		Party a = this.parties.get("A");
		Party x = this.parties.get("X");
		this.order = order(a, x, Duration.ofDays(2));
		this.secret = "Zebra-Walnut-" + System.nanoTime();
		JsonNode upload = this.uploadPdf(a).body();
		Response asked = post(a, API + "/orders/" + this.order.id() + "/messages", Map.of("body",
				"Question " + this.secret, "attachmentIds", List.of(upload.get("attachmentId").asLong())));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		this.thread = asked.body().get("threadId").asLong();
		this.buyerMessage = asked.body().get("messageId").asLong();
		this.sentAttachment = upload.get("attachmentId").asLong();
		this.sellerMessage = post(x, API + "/threads/" + this.thread + "/messages",
				Map.of("body", "Answer " + this.secret))
			.body()
			.get("messageId")
			.asLong();
		this.unsentUpload = uploadPdf(a).body().get("attachmentId").asLong();
		post(a, API + "/threads/" + this.thread + "/reports",
				Map.of("messageId", this.sellerMessage, "reason", "OTHER"));
		JsonNode flags = get(this.parties.get("admin"), API + "/admin/flags?limit=100").body().get("items");
		this.flag = flags.valueStream()
			.filter((f) -> f.get("threadId").asLong() == this.thread)
			.findFirst()
			.orElseThrow()
			.get("flagId")
			.asLong();
		IssuedToken spare = this.tokens.issue(a.account(), "spare");
		this.spareTokenOfA = spare.token().id();
		this.parties.put("X-member", member(x, Set.of()));
		this.parties.put("Y-member", member(this.parties.get("Y"), Permission.all()));
	}

	Party member(Party seller, Set<Permission> permissions) {
		byte[] invitation = sha256("matrix-" + System.nanoTime());
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.members.invite(seller.account().id(), "matrix-" + System.nanoTime() + "@example.test", "Matrix member",
				permissions, invitation, now.plus(Duration.ofDays(1)), now);
		Member member = this.members.accept(invitation, this.passwordEncoder.encode(PASSWORD), now).orElseThrow();
		return new Party(seller.account(), this.tokens.issue(seller.account(), member.id(), "matrix").secret());
	}

	Response uploadPdf(Party party) {
		return Multipart.upload(this, party, "invoice.pdf", Multipart.PDF);
	}

	@TestFactory
	List<DynamicTest> everyEndpointForEveryCaller() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : rows()) {
			for (String caller : row.order()) {
				tests.add(DynamicTest.dynamicTest(row.name() + " as " + caller, () -> check(row, caller)));
			}
		}
		return tests;
	}

	/**
	 * Team members (issue 16): a member of X without any permission is refused (403)
	 * everywhere, on X's objects too; a member of Y with every permission gets exactly
	 * what Y gets (404 on X's objects), and neither ever sees X's data.
	 */
	@TestFactory
	List<DynamicTest> everyEndpointForTeamMembers() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : rows()) {
			tests.add(DynamicTest.dynamicTest(row.name() + " as a member of X without permissions",
					() -> check(row, "X-member", 403)));
			tests.add(DynamicTest.dynamicTest(row.name() + " as a member of Y with every permission",
					() -> check(row, "Y-member", row.expected().get("Y"))));
		}
		return tests;
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		String order = API + "/orders/" + this.order.id();
		String thread = API + "/threads/" + this.thread;
		rows.add(row("GET /orders", "GET", API + "/orders", null, 200, 200, 200, 200, 403, 401));
		rows.add(row("GET /orders/{id}", "GET", order, null, 200, 404, 200, 404, 200, 401));
		rows.add(row("GET /orders/{id}/messaging-actions", "GET", order + "/messaging-actions", null, 200, 404, 200,
				404, 403, 401));
		rows.add(row("POST /orders/{id}/messages", "POST", order + "/messages",
				(caller) -> Map.of("body", "Status update please"), 201, 404, 201, 404, 403, 401));
		rows.add(row("POST /orders/{id}/review-request", "POST", order + "/review-request", null, 403, 403, 422, 404,
				403, 401));
		rows.add(row("POST /listings/{sellerId}/questions", "POST",
				API + "/listings/" + this.parties.get("X").id() + "/questions",
				(caller) -> Map.of("body", "Is it in stock?"), 201, 201, 403, 403, 403, 401));
		rows.add(row("GET /threads", "GET", API + "/threads", null, 200, 200, 200, 200, 200, 401));
		rows.add(row("GET /threads/{id}", "GET", thread, null, 200, 404, 200, 404, 200, 401));
		rows.add(row("GET /threads/{id}/evidence", "GET", thread + "/evidence", null, 200, 404, 200, 404, 200, 401));
		rows.add(row("POST /threads/{id}/messages", "POST", thread + "/messages",
				(caller) -> Map.of("body", "One more thing"), 201, 404, 201, 404, 403, 401));
		rows.add(row("POST /threads/{id}/read", "POST", thread + "/read", null, 204, 404, 204, 404, 403, 401));
		rows.add(row("POST /threads/{id}/no-response-needed", "POST", thread + "/no-response-needed", null, 403, 403,
				200, 404, 403, 401));
		rows.add(row("POST /threads/{id}/reports", "POST", thread + "/reports", (caller) -> Map.of("messageId",
				caller.equals("X") || caller.equals("Y") ? this.buyerMessage : this.sellerMessage, "reason", "SPAM"),
				201, 404, 201, 404, 403, 401));
		rows.add(
				row("GET /threads/{id}/assignment", "GET", thread + "/assignment", null, 403, 403, 200, 404, 403, 401));
		rows.add(row("PUT /threads/{id}/assignment", "PUT", thread + "/assignment", (caller) -> Map.of("kind", "OWNER"),
				403, 403, 200, 404, 403, 401));
		rows.add(row("GET /attachments/{sent}", "GET", API + "/attachments/" + this.sentAttachment, null, 200, 404, 200,
				404, 200, 401));
		rows.add(row("GET /attachments/{unsent upload of A}", "GET", API + "/attachments/" + this.unsentUpload, null,
				200, 404, 404, 404, 404, 401));
		rows.add(row("POST /policy/check (order)", "POST", API + "/policy/check",
				(caller) -> Map.of("orderId", this.order.id().value(), "body", "Hello"), 200, 404, 200, 404, 403, 401));
		rows.add(row("POST /policy/check (thread)", "POST", API + "/policy/check",
				(caller) -> Map.of("threadId", Long.toString(this.thread), "body", "Hello"), 200, 404, 200, 404, 403,
				401));
		rows.add(row("GET /metrics/response-time", "GET", API + "/metrics/response-time", null, 403, 403, 200, 200, 403,
				401));
		rows.add(
				row("GET /settings/messaging", "GET", API + "/settings/messaging", null, 200, 200, 200, 200, 403, 401));
		rows.add(row("GET /settings/assignment", "GET", API + "/settings/assignment", null, 403, 403, 200, 200, 403,
				401));
		rows.add(row("PUT /settings/assignment", "PUT", API + "/settings/assignment",
				(caller) -> Map.of("roundRobin", false), 403, 403, 200, 200, 403, 401));
		rows.add(row("GET /admin/flags", "GET", API + "/admin/flags", null, 403, 403, 403, 403, 200, 401));
		rows.add(row("GET /admin/threads/{id}/verify", "GET", API + "/admin/threads/" + this.thread + "/verify", null,
				403, 403, 403, 403, 200, 401));
		rows.add(row("GET /admin/sellers/{id}", "GET", API + "/admin/sellers/" + this.parties.get("X").id(), null, 403,
				403, 403, 403, 200, 401));
		rows.add(row("POST /admin/orders", "POST", API + "/admin/orders",
				(caller) -> Map.of("orderId", this.order.id().value(), "buyerId", this.parties.get("A").id(),
						"sellerId", this.parties.get("X").id(), "items",
						List.of(Map.of("title", "Walnut desk organizer", "quantity", 1)), "placedAt",
						this.order.placedAt().toString(), "shippedAt", this.order.shippedAt().toString(), "deliveredAt",
						this.order.deliveredAt().toString()),
				403, 403, 403, 403, 200, 401));
		rows.add(row("GET /auth/tokens", "GET", API + "/auth/tokens", null, 200, 200, 200, 200, 200, 401));
		rows.add(row("DELETE /auth/tokens/{spare token of A}", "DELETE", API + "/auth/tokens/" + this.spareTokenOfA,
				null, 204, 404, 404, 404, 404, 401)
			.runningOwnerLast());
		rows.add(row("POST /admin/flags/{id}/decision", "POST", API + "/admin/flags/" + this.flag + "/decision",
				(caller) -> Map.of("decision", "DISMISS", "reason", "Checked, fine."), 403, 403, 403, 403, 201, 401));
		return rows;
	}

	void check(Row row, String caller) {
		check(row, caller, row.expected().get(caller));
	}

	void check(Row row, String caller, int expected) {
		Party party = this.parties.get(caller);
		Object body = (row.body() != null) ? row.body().apply(caller) : null;
		Response response = send(party, row.method(), row.path(), body, Map.of());
		assertThat(response.status()).as(row.name() + " as " + caller + ": " + response).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.text()).doesNotContain(this.secret);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		}
		if (caller.equals("B") || caller.equals("Y") || caller.endsWith("-member")) {
			assertThat(response.text()).as("another party's data").doesNotContain(this.secret);
			assertThat(response.text()).doesNotContain("\"threadId\":" + this.thread + ",");
		}
	}

	static Row row(String name, String method, String path, @Nullable Function<String, Object> body, int a, int b,
			int x, int y, int admin, int anonymous) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("A", a);
		expected.put("B", b);
		expected.put("X", x);
		expected.put("Y", y);
		expected.put("admin", admin);
		expected.put("anonymous", anonymous);
		return new Row(name, method, path, body, expected, CALLERS);
	}

	record Row(String name, String method, String path, @Nullable Function<String, Object> body,
			Map<String, Integer> expected, List<String> order) {

		/** The owner acts last, after everybody else has been refused. */
		Row runningOwnerLast() {
			return new Row(this.name, this.method, this.path, this.body, this.expected,
					List.of("B", "X", "Y", "admin", "anonymous", "A"));
		}

	}

}
