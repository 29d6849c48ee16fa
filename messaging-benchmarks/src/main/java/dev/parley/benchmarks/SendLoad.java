package dev.parley.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the full send path: sellers' replies with 2 KB HTML bodies through the HTTP
 * API (bearer token, rules, storage, outbox) at several concurrencies, loopback only.
 * <p>
 * Usage:
 * {@code SendLoad <baseUrl> <threads> <concurrency,...> <seconds> <warmupSeconds>}.
 * Expects the demo accounts (run the application with the demo profile). Prints one line
 * per concurrency: {@code api c=<n> replies/s=<r> p50ms=<..> p95ms=<..> errors=<e>}, and
 * {@code threads=<first>..<last> seller=<id>} for the pgbench comparison.
 * <p>
 * {@code SendLoad --prepare <baseUrl> <threads> <bodyFile>} only makes the threads (each
 * a buyer's question on a delivered order) and writes the JSON body of one reply to
 * {@code bodyFile}; it prints {@code token=<seller token> threads=<first>..<last>
 * seller=<id>}, for a load client outside the JVM (scripts/bench-send uses wrk).
 */
public final class SendLoad {

	static final String PASSWORD = "parley-demo";

	static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	static final Pattern THREAD = Pattern.compile("\"threadId\"\\s*:\\s*(\\d+)");

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	SendLoad(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 1 && args[0].equals("--html")) {
			System.out.print(html2k());
			return;
		}
		if (args.length == 4 && args[0].equals("--prepare")) {
			new SendLoad(args[1]).prepare(Integer.parseInt(args[2]), java.nio.file.Path.of(args[3]));
			return;
		}
		String base = args[0];
		int threads = Integer.parseInt(args[1]);
		int[] concurrencies = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
		int seconds = Integer.parseInt(args[3]);
		int warmup = Integer.parseInt(args[4]);
		new SendLoad(base).run(threads, concurrencies, seconds, warmup);
	}

	void prepare(int threadCount, java.nio.file.Path bodyFile) throws Exception {
		String seller = token("seller@parley.test");
		List<Long> threads = threads(seller, threadCount);
		java.nio.file.Files.writeString(bodyFile, "{\"body\":" + quote(html2k()) + "}");
		System.out.printf("token=%s threads=%d..%d seller=%d%n", seller, threads.get(0),
				threads.get(threads.size() - 1), accountId(seller, "seller"));
	}

	void run(int threadCount, int[] concurrencies, int seconds, int warmup) throws Exception {
		String seller = token("seller@parley.test");
		List<Long> threads = threads(seller, threadCount);
		long sellerId = accountId(seller, "seller");
		String body = "{\"body\":" + quote(html2k()) + "}";
		for (int concurrency : concurrencies) {
			Result warm = load(seller, threads, body, concurrency, warmup);
			Result result = load(seller, threads, body, concurrency, seconds);
			System.out.printf("api c=%d replies/s=%.1f p50ms=%.2f p95ms=%.2f errors=%d (warmup %.1f/s)%n", concurrency,
					result.perSecond(), result.percentile(50), result.percentile(95), result.errors(),
					warm.perSecond());
		}
		System.out.printf("threads=%d..%d seller=%d%n", threads.get(0), threads.get(threads.size() - 1), sellerId);
	}

	/**
	 * One thread per order, each begun by a buyer's question, for the seller to reply to.
	 */
	List<Long> threads(String seller, int threadCount) throws Exception {
		String admin = token("admin@parley.test");
		String[] buyerEmails = { "ben@parley.test", "ana@parley.test", "purchasing@parley.test" };
		String[] buyers = new String[buyerEmails.length];
		long[] buyerIds = new long[buyerEmails.length];
		for (int i = 0; i < buyerEmails.length; i++) {
			buyers[i] = token(buyerEmails[i]);
			buyerIds[i] = accountId(buyers[i], "buyer");
		}
		long sellerId = accountId(seller, "seller");
		List<Long> threads = new ArrayList<>();
		Instant delivered = Instant.now().minus(Duration.ofDays(2));
		for (int i = 0; i < threadCount; i++) {
			String order = String.format("%03d-%07d-%07d", 900 + (i / 10_000_000),
					ThreadLocalRandom.current().nextInt(10_000_000), i % 10_000_000);
			int b = i % buyers.length;
			expect(201, post(admin, "/api/v1/admin/orders",
					"{\"orderId\":\"" + order + "\",\"buyerId\":" + buyerIds[b] + ",\"sellerId\":" + sellerId
							+ ",\"items\":[{\"title\":\"Load test lamp\",\"quantity\":1}]," + "\"placedAt\":\""
							+ delivered.minus(Duration.ofDays(3)) + "\",\"shippedAt\":\""
							+ delivered.minus(Duration.ofDays(1)) + "\",\"deliveredAt\":\"" + delivered + "\"}"),
					"order feed");
			String asked = expect(201,
					post(buyers[b], "/api/v1/orders/" + order + "/messages",
							"{\"topic\":\"PRODUCT_QUESTION\",\"body\":\"<p>Does the lamp come with a bulb?</p>\"}"),
					"question");
			threads.add(first(THREAD, asked));
		}
		return threads;
	}

	Result load(String token, List<Long> threads, String body, int concurrency, int seconds) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(concurrency);
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			long[] samples = new long[2_000_000];
			latencies.add(samples);
			int worker = w;
			Thread thread = new Thread(() -> {
				int n = 0;
				int i = worker;
				try {
					while (!stop.get()) {
						long thread_ = threads.get(i % threads.size());
						i += concurrency;
						long start = System.nanoTime();
						HttpResponse<String> response = post(token, "/api/v1/threads/" + thread_ + "/messages", body);
						long took = System.nanoTime() - start;
						if (response.statusCode() == 201) {
							if (n < samples.length) {
								samples[n++] = took;
							}
						}
						else {
							errors.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
				finally {
					samples[samples.length - 1] = n;
					done.countDown();
				}
			}, "load-" + w);
			workers.add(thread);
		}
		long started = System.nanoTime();
		workers.forEach(Thread::start);
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		int total = 0;
		for (long[] samples : latencies) {
			total += (int) samples[samples.length - 1];
		}
		long[] all = new long[total];
		int k = 0;
		for (long[] samples : latencies) {
			int n = (int) samples[samples.length - 1];
			System.arraycopy(samples, 0, all, k, n);
			k += n;
		}
		Arrays.sort(all);
		return new Result(total / elapsed, all, errors.get());
	}

	record Result(double perSecond, long[] sorted, long errors) {

		double percentile(int p) {
			if (this.sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.min(this.sorted.length - 1, Math.ceil(p / 100.0 * this.sorted.length) - 1);
			return this.sorted[Math.max(0, index)] / 1e6;
		}

	}

	String token(String email) throws Exception {
		String response = expect(201, post(null, "/api/v1/auth/tokens",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"load\"}"), "token");
		Matcher matcher = TOKEN.matcher(response);
		if (!matcher.find()) {
			throw new IllegalStateException("no token in " + response);
		}
		return matcher.group(1);
	}

	long accountId(String token, String role) throws Exception {
		String orders = expect(200, get(token, "/api/v1/orders?limit=1"), "orders");
		int at = orders.indexOf("\"" + role + "\"");
		Matcher matcher = ID.matcher(orders);
		if (at < 0 || !matcher.find(at)) {
			throw new IllegalStateException("no " + role + " id in " + orders);
		}
		return Long.parseLong(matcher.group(1));
	}

	HttpResponse<String> post(String token, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String token, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> delete(String token, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + token)
			.DELETE()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String expect(int status, HttpResponse<String> response, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(
					what + ": expected " + status + ", got " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static long first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("not found in " + text);
		}
		return Long.parseLong(matcher.group(1));
	}

	/** A realistic seller reply of about 2 KB of HTML that no rule objects to. */
	static String html2k() {
		StringBuilder html = new StringBuilder("<p>Hello,</p><p>thank you for your question about the lamp. ");
		String[] sentences = { "The lamp ships with a warm white LED bulb of 806 lumen, and the shade is linen.",
				"The cable is 1.8 m long with an inline switch, and the base weighs 1.2 kg so it stands firmly.",
				"If you prefer a dimmable bulb, any E27 bulb up to 60 W works; we recommend 2700 K for reading.",
				"The brass finish is lacquered, so it keeps its colour; wipe it with a soft dry cloth only.",
				"Please keep the original packaging for the first 30 days in case you want to return the lamp." };
		int i = 0;
		while (html.length() < 1900) {
			html.append(sentences[i++ % sentences.length]).append(' ');
			if (i % 3 == 0) {
				html.append("</p><p>");
			}
		}
		html.append(
				"</p><ul><li><b>Height:</b> 48 cm</li><li><b>Shade:</b> 30 cm</li></ul><p>Kind regards,<br>Northwind Outfitters</p>");
		return html.toString();
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
