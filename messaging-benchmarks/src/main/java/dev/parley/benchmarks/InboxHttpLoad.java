package dev.parley.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench-inbox-http}'s load client: signs in as one seller (a page session
 * per client and an API token), then requests each page and API call of the inbox (every
 * filter, a search, first and deep pages) and one thread, with 1 and 8 concurrent
 * clients, and prints p50/p95 and the rate per request kind. A client is one thread that
 * sends its next request when the answer is read (closed loop), over keep-alive HTTP/1.1.
 * <p>
 * Usage: {@code InboxHttpLoad <baseUrl> <email> <password> <threadId> <search>
 * <concurrency,...> <requestsPerClient>}.
 */
public final class InboxHttpLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern NEXT = Pattern.compile("rel=\"next\"\\s+href=\"([^\"]+)\"");

	static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

	static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	static final int DEEP_PAGE = 40;

	private final String base;

	private final String email;

	private final String password;

	private InboxHttpLoad(String base, String email, String password) {
		this.base = base;
		this.email = email;
		this.password = password;
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 7) {
			throw new IllegalArgumentException(
					"usage: InboxHttpLoad <baseUrl> <email> <password> <threadId> <search> <c,...> <requests>");
		}
		int[] concurrencies = Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray();
		new InboxHttpLoad(args[0], args[1], args[2]).run(Long.parseLong(args[3]), args[4], concurrencies,
				Integer.parseInt(args[6]));
	}

	private void run(long thread, String search, int[] concurrencies, int requests) throws Exception {
		int clients = Arrays.stream(concurrencies).max().orElse(1);
		List<Client> pool = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			pool.add(signIn());
		}
		Client first = pool.get(0);
		String q = URLEncoder.encode(search, StandardCharsets.UTF_8);
		List<Request> kinds = new ArrayList<>();
		for (String filter : List.of("all", "unread", "sent", "needs-response", "company")) {
			kinds.add(new Request("page " + filter, "/seller/inbox?filter=" + filter, false));
		}
		kinds.add(new Request("page search", "/seller/inbox?filter=all&q=" + q, false));
		kinds.add(new Request("page all p" + DEEP_PAGE, deepPage(first, "/seller/inbox?filter=all"), false));
		kinds.add(new Request("page search p" + DEEP_PAGE, deepPage(first, "/seller/inbox?filter=all&q=" + q), false));
		kinds.add(new Request("page thread", "/seller/threads/" + thread, false));
		// the whole 200 messages (a thread page shows its latest 50 and links to all)
		kinds.add(new Request("page thread all", "/seller/threads/" + thread + "?all=true", false));
		for (String filter : List.of("all", "unread", "sent", "needs-response", "company")) {
			kinds.add(new Request("api " + filter, "/api/v1/threads?filter=" + filter, true));
		}
		kinds.add(new Request("api search", "/api/v1/threads?filter=all&q=" + q, true));
		kinds.add(new Request("api all p" + DEEP_PAGE, deepApi(first, "/api/v1/threads?filter=all"), true));
		kinds.add(new Request("api search p" + DEEP_PAGE, deepApi(first, "/api/v1/threads?filter=all&q=" + q), true));
		kinds.add(new Request("api thread", "/api/v1/threads/" + thread, true));

		System.out.println("warming up ...");
		for (Request kind : kinds) {
			for (int i = 0; i < 50; i++) {
				first.get(kind);
			}
		}
		System.out.printf("%n%-22s", "request");
		for (int c : concurrencies) {
			System.out.printf(" %28s", "c=" + c + " p50/p95 ms  req/s");
		}
		System.out.println();
		double worst = 0;
		for (Request kind : kinds) {
			StringBuilder line = new StringBuilder(String.format("%-22s", kind.name));
			for (int c : concurrencies) {
				Result result = measure(pool.subList(0, c), kind, requests);
				if (c == concurrencies[concurrencies.length - 1]) {
					worst = Math.max(worst, result.p95);
				}
				line.append(String.format(" %9.1f /%6.1f %9.0f%s", result.p50, result.p95, result.rate,
						(result.errors > 0) ? " ERR" + result.errors : ""));
			}
			System.out.println(line);
		}
		System.out.printf("%nworst p95 at c=%d: %.1f ms (goal < 25 ms)%n", concurrencies[concurrencies.length - 1],
				worst);
	}

	private Result measure(List<Client> clients, Request kind, int requests) throws InterruptedException {
		long[][] times = new long[clients.size()][requests];
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(clients.size());
		long start = System.nanoTime();
		for (int i = 0; i < clients.size(); i++) {
			Client client = clients.get(i);
			long[] mine = times[i];
			new Thread(() -> {
				try {
					for (int n = 0; n < requests; n++) {
						long t0 = System.nanoTime();
						if (!client.get(kind)) {
							errors.incrementAndGet();
						}
						mine[n] = System.nanoTime() - t0;
					}
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(all[all.length / 2] / 1e6, all[(int) Math.ceil(all.length * 0.95) - 1] / 1e6,
				all.length / seconds, errors.get());
	}

	private String deepPage(Client client, String path) throws Exception {
		String current = path;
		for (int page = 1; page < DEEP_PAGE; page++) {
			Matcher next = NEXT.matcher(client.body(current, false));
			if (!next.find()) {
				break;
			}
			current = next.group(1).replace("&amp;", "&");
		}
		return current;
	}

	private String deepApi(Client client, String path) throws Exception {
		String current = path;
		for (int page = 1; page < DEEP_PAGE; page++) {
			Matcher next = NEXT_CURSOR.matcher(client.body(current, true));
			if (!next.find()) {
				break;
			}
			current = path + "&cursor=" + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8);
		}
		return current;
	}

	private Client signIn() throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = http
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF field on the login page");
		}
		String form = "email=" + URLEncoder.encode(this.email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(this.password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
		}
		String body = "{\"email\":\"" + this.email + "\",\"password\":\"" + this.password
				+ "\",\"name\":\"bench-inbox-http\"}";
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher secret = TOKEN.matcher(token.body());
		if (token.statusCode() != 201 || !secret.find()) {
			throw new IllegalStateException("no API token: " + token.statusCode() + " " + token.body());
		}
		return new Client(http, this.base, secret.group(1));
	}

	private record Request(String name, String path, boolean api) {
	}

	private record Result(double p50, double p95, double rate, int errors) {
	}

	private record Client(HttpClient http, String base, String token) {

		boolean get(Request request) {
			try {
				HttpResponse<byte[]> response = this.http.send(build(request.path(), request.api()),
						HttpResponse.BodyHandlers.ofByteArray());
				return response.statusCode() == 200 && response.body().length > 0;
			}
			catch (Exception ex) {
				return false;
			}
		}

		String body(String path, boolean api) throws Exception {
			HttpResponse<String> response = this.http.send(build(path, api), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}

		private HttpRequest build(String path, boolean api) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
			if (api) {
				builder.header("Authorization", "Bearer " + this.token);
			}
			return builder.build();
		}

	}

}
