package dev.parley.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.core.team.Member;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.web.token.ApiTokenService;
import dev.parley.web.testing.TestOrders;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Full-stack API tests over real HTTP: the application on a random port, a real database,
 * accounts with tokens, orders in any state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestSupport {

	static final String API = "/api/v1";

	static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger sequence = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Orders orders;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Members members;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Party buyer() {
		return party(Role.BUYER, Language.EN, false);
	}

	Party seller() {
		return party(Role.SELLER, Language.EN, false);
	}

	Party admin() {
		return party(Role.ADMIN, Language.EN, false);
	}

	Party party(Role role, Language language, boolean businessBuyer) {
		int n = sequence.incrementAndGet();
		String email = role.name().toLowerCase() + n + "-" + System.nanoTime() + "@example.test";
		Account account = this.accounts.register(new Accounts.Registration(email,
				role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + n,
				this.passwordEncoder.encode(PASSWORD), role, language, businessBuyer));
		String token = this.tokens.issue(account, "test").secret();
		return new Party(account, token);
	}

	Order order(Party buyer, Party seller, @Nullable Duration deliveredAgo) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant delivered = (deliveredAgo != null) ? now.minus(deliveredAgo) : null;
		Instant placed = (delivered != null) ? delivered.minus(Duration.ofDays(3)) : now.minus(Duration.ofDays(1));
		Instant shipped = (delivered != null) ? delivered.minus(Duration.ofDays(2)) : null;
		return this.orders.save(new Order(newOrderId(), buyer.account().id(), seller.account().id(),
				List.of(new LineItem("Walnut desk organizer", 1, "WDO-220")), placed, shipped, delivered));
	}

	static OrderId newOrderId() {
		return TestOrders.newOrderId();
	}

	Response get(@Nullable Party party, String path) {
		return send(party, "GET", path, null, Map.of());
	}

	Response post(@Nullable Party party, String path, @Nullable Object body) {
		return send(party, "POST", path, body, Map.of());
	}

	Response put(@Nullable Party party, String path, @Nullable Object body) {
		return send(party, "PUT", path, body, Map.of());
	}

	Response delete(@Nullable Party party, String path) {
		return send(party, "DELETE", path, null, Map.of());
	}

	Response send(@Nullable Party party, String method, String path, @Nullable Object body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
		if (party != null) {
			request.header("Authorization", "Bearer " + party.token());
		}
		headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", "application/json");
			String text = (body instanceof String string) ? string : this.json.writeValueAsString(body);
			request.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return exchange(request.build());
	}

	Response exchange(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(), response.headers().map(), this.json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static Map<String, Object> message(String body) {
		return Map.of("body", body);
	}

	static Map<String, Object> message(String action, String body) {
		return Map.of("action", action, "body", body);
	}

	/**
	 * A test party: the account and an API token for it.
	 *
	 * @param account the account
	 * @param token the bearer token
	 */
	record Party(Account account, String token) {

		long id() {
			return this.account.id().value();
		}

	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status
	 * @param bytes the body
	 * @param headers the headers
	 * @param json for parsing
	 */
	record Response(int status, byte[] bytes, Map<String, List<String>> headers, JsonMapper json) {

		JsonNode body() {
			return this.json.readTree(this.bytes);
		}

		String text() {
			return new String(this.bytes, java.nio.charset.StandardCharsets.UTF_8);
		}

		@Nullable String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

	/**
	 * An active member of the seller's team: invited and accepted at {@code now}, signing
	 * in with the address and password given.
	 */
	Member teamMember(Party seller, String email, String name, Set<Permission> permissions, String password,
			Instant now) {
		String token = "invite-" + sequence.incrementAndGet() + "-" + System.nanoTime();
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		this.members.invite(seller.account().id(), email, name, permissions, sha256(token), at.plus(Duration.ofDays(1)),
				at);
		return this.members.accept(sha256(token), this.passwordEncoder.encode(password), at).orElseThrow();
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
