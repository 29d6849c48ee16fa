package dev.parley.web.api;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.team.Member;
import dev.parley.core.team.Permission;
import dev.parley.core.team.Presence;
import dev.parley.core.team.PresenceState;
import dev.parley.web.platform.Caller;
import dev.parley.web.team.PresenceService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread page's presence ping over real HTTP (issue 16): a member's ping reaches the
 * rest of the team through PostgreSQL NOTIFY and never the member themselves or a buyer;
 * another seller's thread is 404, a member who may not read messages gets 403, a request
 * without the CSRF token or from a buyer is refused, and rapid changes get 429.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresenceIT extends ApiTestSupport {

	static final String MEMBER_PASSWORD = "member password 123";

	@Autowired
	PresenceService presence;

	Party buyer;

	Party seller;

	Party otherSeller;

	long thread;

	long otherThread;

	@BeforeAll
	void threadsOfTwoSellers() {
		this.buyer = buyer();
		this.seller = seller();
		this.otherSeller = seller();
		this.thread = post(this.buyer,
				API + "/orders/" + order(this.buyer, this.seller, Duration.ofDays(2)).id() + "/messages",
				message("Does it come assembled?"))
			.body()
			.get("threadId")
			.asLong();
		this.otherThread = post(this.buyer,
				API + "/orders/" + order(this.buyer, this.otherSeller, Duration.ofDays(2)).id() + "/messages",
				message("And this one?"))
			.body()
			.get("threadId")
			.asLong();
	}

	@Test
	void aMembersPingReachesTheRestOfTheTeamButNeitherThemselvesNorTheBuyer() {
		Member ana = member("Ana Ortega", Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		Member ben = member("Ben Okafor", Set.of(Permission.READ_MESSAGES));
		Session session = signedIn(ana);
		Document page = session.page("/seller/threads/" + this.thread);
		assertThat(page.select("#presence").attr("data-presence-url"))
			.endsWith("/seller/threads/" + this.thread + "/presence");

		assertThat(session.ping(this.thread, page, "viewing").status()).isEqualTo(204);

		ThreadId id = ThreadId.of(this.thread);
		Caller benCaller = Caller.of(this.seller.account(), ben);
		List<Presence.Viewer> seen = eventually(() -> this.presence.others(benCaller, id),
				(viewers) -> !viewers.isEmpty());
		assertThat(seen).singleElement().satisfies((viewer) -> {
			assertThat(viewer.member()).isEqualTo(ana.id());
			assertThat(viewer.name()).isEqualTo("Ana Ortega");
			assertThat(viewer.state()).isEqualTo(PresenceState.VIEWING);
		});
		assertThat(this.presence.others(Caller.of(this.seller.account()), id)).hasSize(1);
		assertThat(this.presence.others(Caller.of(this.seller.account(), ana), id)).isEmpty();
		assertThat(this.presence.others(Caller.of(this.buyer.account()), id)).isEmpty();

		// Replying, a moment later (a change of state at most once a second).
		pause(PingPolicyMinimum.PLUS);
		assertThat(session.ping(this.thread, page, "replying").status()).isEqualTo(204);
		assertThat(eventually(() -> this.presence.others(benCaller, id),
				(viewers) -> viewers.size() == 1 && viewers.get(0).state() == PresenceState.REPLYING))
			.hasSize(1);

		// Leaving the page says so at once (sendBeacon: the token as a form field).
		pause(PingPolicyMinimum.PLUS);
		assertThat(session.beacon(this.thread, page, "gone").status()).isEqualTo(204);
		assertThat(eventually(() -> this.presence.others(benCaller, id), List::isEmpty)).isEmpty();
	}

	@Test
	void theEventStreamTellsTheRestOfTheTeamAndNeverTheBuyer() throws Exception {
		Member ana = member("Ana Streams", Set.of(Permission.READ_MESSAGES, Permission.REPLY));
		Member ben = member("Ben Streams", Set.of(Permission.READ_MESSAGES));
		Session anaSession = signedIn(ana);
		Session benSession = signedIn(ben);
		Session buyerSession = new Session();
		buyerSession.login(this.buyer.account().email(), PASSWORD);
		Document anaPage = anaSession.page("/seller/threads/" + this.thread);
		Document benPage = benSession.page("/seller/threads/" + this.thread);
		buyerSession.page("/buyer/threads/" + this.thread);

		try (Session.Stream anaStream = anaSession.stream("/live/events?thread=" + this.thread);
				Session.Stream benStream = benSession.stream("/live/events?thread=" + this.thread);
				Session.Stream buyerStream = buyerSession.stream("/live/events?thread=" + this.thread)) {
			// Each stream starts with the counts; the team's with who is there (nobody).
			benStream.awaitLine((line) -> line.startsWith("event:presence"));
			buyerStream.awaitLine((line) -> line.startsWith("event:inbox"));
			assertThat(anaSession.ping(this.thread, anaPage, "viewing").status()).isEqualTo(204);
			assertThat(benStream.awaitLine((line) -> line.contains("Ana Streams"))).contains("\"state\":\"viewing\"")
				.contains("\"thread\":" + this.thread);
			assertThat(benSession.ping(this.thread, benPage, "replying").status()).isEqualTo(204);
			assertThat(anaStream.awaitLine((line) -> line.contains("Ben Streams"))).contains("\"state\":\"replying\"");

			pause(Duration.ofMillis(500));
			assertThat(anaStream.lines()).noneMatch((line) -> line.contains("Ana Streams"));
			assertThat(benStream.lines()).noneMatch((line) -> line.contains("Ben Streams"));
			assertThat(buyerStream.lines()).isNotEmpty()
				.noneMatch((line) -> line.contains("presence") || line.contains("Streams"));
		}
	}

	@Test
	void anotherSellersThreadIsNotFoundAndAMemberWhoMayNotReadIsForbidden() {
		Member ana = member("Ana Second", Set.of(Permission.READ_MESSAGES));
		Session session = signedIn(ana);
		Document page = session.page("/seller/threads/" + this.thread);

		assertThat(session.ping(this.otherThread, page, "viewing").status()).isEqualTo(404);
		assertThat(session.ping(987_654_321L, page, "viewing").status()).isEqualTo(404);
		assertThat(session.ping(this.thread, page, "dancing").status()).isEqualTo(400);

		Member templates = member("Tina Templates", Set.of(Permission.MANAGE_TEMPLATES));
		Session limited = signedIn(templates);
		Document somePage = limited.page("/seller/templates");
		assertThat(limited.ping(this.thread, somePage, "viewing").status()).isEqualTo(403);
		assertThat(limited.ping(this.otherThread, somePage, "viewing").status()).isEqualTo(404);

		pause(Duration.ofMillis(300));
		Caller otherOwner = Caller.of(this.otherSeller.account());
		assertThat(this.presence.others(otherOwner, ThreadId.of(this.otherThread))).isEmpty();
		assertThat(this.presence.others(Caller.of(this.seller.account()), ThreadId.of(this.thread)))
			.noneMatch((viewer) -> templates.id().equals(viewer.member()));
	}

	@Test
	void withoutTheCsrfTokenOrAsABuyerThePingIsRefused() {
		Member ana = member("Ana Third", Set.of(Permission.READ_MESSAGES));
		Session session = signedIn(ana);
		session.page("/seller/threads/" + this.thread);

		assertThat(session.ping(this.thread, null, "viewing").status()).isEqualTo(403);
		assertThat(new Session().ping(this.thread, null, "viewing").status()).isIn(302, 401, 403);

		Session buyer = new Session();
		buyer.login(this.buyer.account().email(), PASSWORD);
		Document buyerPage = buyer.page("/buyer/threads/" + this.thread);
		assertThat(buyerPage.select("#presence")).isEmpty();
		assertThat(buyer.ping(this.thread, buyerPage, "viewing").status()).isIn(403, 404);

		pause(Duration.ofMillis(300));
		assertThat(this.presence.others(Caller.of(this.seller.account()), ThreadId.of(this.thread)))
			.noneMatch((viewer) -> ana.id().equals(viewer.member()));
	}

	@Test
	void changingStateFasterThanOnceASecondIsTooManyRequests() {
		Member ana = member("Ana Fourth", Set.of(Permission.READ_MESSAGES));
		Session session = signedIn(ana);
		Document page = session.page("/seller/threads/" + this.thread);

		assertThat(session.ping(this.thread, page, "viewing").status()).isEqualTo(204);
		// The same state again is nothing new: accepted, not passed on.
		assertThat(session.ping(this.thread, page, "viewing").status()).isEqualTo(204);
		List<Session.Answer> flapping = new ArrayList<>();
		for (String state : List.of("replying", "viewing", "replying")) {
			flapping.add(session.ping(this.thread, page, state));
		}
		assertThat(flapping).anySatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(429);
			assertThat(answer.retryAfter()).isEqualTo("1");
		});
	}

	/** An active member of the seller with a password. */
	Member member(String name, Set<Permission> permissions) {
		return teamMember(this.seller, "presence-" + System.nanoTime() + "@example.test", name, permissions,
				MEMBER_PASSWORD, Instant.now());
	}

	Session signedIn(Member member) {
		Session session = new Session();
		Session.Answer login = session.login(member.email(), MEMBER_PASSWORD);
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).doesNotContain("error");
		return session;
	}

	static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		T current = value.get();
		while (!done.test(current) && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(50));
			current = value.get();
		}
		return current;
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Just over the policy's minimum interval between two changes of state. */
	static final class PingPolicyMinimum {

		static final Duration PLUS = dev.parley.core.team.PingPolicy.MIN_INTERVAL.plusMillis(150);

		private PingPolicyMinimum() {
		}

	}

	/**
	 * A browser session: cookies, the CSRF token from the page (sent as the page's script
	 * does, in the header its meta tags name), no redirects.
	 */
	class Session {

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		record Answer(int status, String body, String location, String retryAfter) {
		}

		static final class Stream implements AutoCloseable {

			private final java.util.stream.Stream<String> body;

			private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

			Stream(java.util.stream.Stream<String> body) {
				this.body = body;
				Thread reader = new Thread(() -> {
					try {
						body.forEach(this.lines::add);
					}
					catch (RuntimeException ex) {
						// closed
					}
				}, "presence-it-stream");
				reader.setDaemon(true);
				reader.start();
			}

			List<String> lines() {
				return List.copyOf(this.lines);
			}

			String awaitLine(java.util.function.Predicate<String> wanted) {
				String line = eventually(() -> this.lines.stream().filter(wanted).findFirst().orElse(null),
						java.util.Objects::nonNull);
				assertThat(line).as("a line among " + this.lines).isNotNull();
				return line;
			}

			@Override
			public void close() {
				this.body.close();
			}

		}

		Document page(String path) {
			Answer answer = exchange(HttpRequest.newBuilder(uri(path)).GET().build());
			assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
			return Jsoup.parse(answer.body());
		}

		Answer login(String email, String password) {
			Document login = page("/login");
			Map<String, String> form = new LinkedHashMap<>();
			form.put("email", email);
			form.put("password", password);
			form.put("_csrf", login.select("input[name=_csrf]").first().attr("value"));
			String body = form.entrySet()
				.stream()
				.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return exchange(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		Answer ping(long thread, Document from, String state) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri("/seller/threads/" + thread + "/presence"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("state=" + state));
			if (from != null) {
				request.header(from.select("meta[name=csrf-header]").attr("content"),
						from.select("meta[name=csrf-token]").attr("content"));
			}
			return exchange(request.build());
		}

		Answer beacon(long thread, Document from, String state) {
			String token = URLEncoder.encode(from.select("meta[name=csrf-token]").attr("content"),
					StandardCharsets.UTF_8);
			return exchange(HttpRequest.newBuilder(uri("/seller/threads/" + thread + "/presence"))
				.header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString("state=" + state + "&_csrf=" + token))
				.build());
		}

		/** Reads an event stream's lines as they come, until closed. */
		Stream stream(String path) throws Exception {
			java.net.http.HttpResponse<java.util.stream.Stream<String>> response = this.client.send(
					HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream").GET().build(),
					java.net.http.HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return new Stream(response.body());
		}

		private Answer exchange(HttpRequest request) {
			try {
				java.net.http.HttpResponse<String> response = this.client.send(request,
						java.net.http.HttpResponse.BodyHandlers.ofString());
				return new Answer(response.statusCode(), response.body(),
						response.headers().firstValue("Location").orElse(""),
						response.headers().firstValue("Retry-After").orElse(""));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
