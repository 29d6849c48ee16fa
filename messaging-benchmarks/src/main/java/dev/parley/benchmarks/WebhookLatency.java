package dev.parley.benchmarks;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Webhook delivery latency: buyers send messages through the API at a fixed rate while a
 * seller's endpoint (a JDK HTTP server on loopback) receives {@code message.received}.
 * Latency is from the moment the send's 201 arrives (the server answers after the commit)
 * to the moment the delivery arrives at the receiver.
 * <p>
 * Usage: {@code WebhookLatency <baseUrl> <messagesPerSecond> <seconds>}. Expects the demo
 * accounts, and an application that allows loopback http receivers. Prints
 * {@code webhooks rate=<r>/s messages=<n> delivered=<d> duplicates=<k> p50ms=.. p95ms=.. p99ms=.. maxms=..}.
 */
public final class WebhookLatency {

	static final Pattern MESSAGE = Pattern.compile("\"messageId\"\\s*:\\s*(\\d+)");

	static final Pattern ENDPOINT = Pattern.compile("\"endpointId\"\\s*:\\s*(\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int rate = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		SendLoad api = new SendLoad(base);

		Map<Long, Long> committed = new ConcurrentHashMap<>();
		Map<Long, Long> received = new ConcurrentHashMap<>();
		AtomicInteger deliveries = new AtomicInteger();
		HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
		receiver.setExecutor(Executors.newFixedThreadPool(4));
		receiver.createContext("/", (exchange) -> {
			long at = System.nanoTime();
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			deliveries.incrementAndGet();
			received.putIfAbsent(SendLoad.first(MESSAGE, body), at);
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();

		String admin = api.token("admin@parley.test");
		String seller = api.token("seller@parley.test");
		String[] buyerEmails = { "ben@parley.test", "ana@parley.test", "purchasing@parley.test" };
		String[] buyers = new String[buyerEmails.length];
		long[] buyerIds = new long[buyerEmails.length];
		for (int i = 0; i < buyerEmails.length; i++) {
			buyers[i] = api.token(buyerEmails[i]);
			buyerIds[i] = api.accountId(buyers[i], "buyer");
		}
		long sellerId = api.accountId(seller, "seller");
		long endpoint = SendLoad.first(ENDPOINT,
				SendLoad.expect(201,
						api.post(seller, "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:"
								+ receiver.getAddress().getPort() + "/hooks\",\"eventTypes\":[\"message.received\"]}"),
						"webhook"));
		List<String[]> targets = new ArrayList<>();
		Instant delivered = Instant.now().minus(Duration.ofDays(2));
		for (int i = 0; i < 30; i++) {
			String order = String.format("%03d-%07d-%07d", 800 + i, ThreadLocalRandom.current().nextInt(10_000_000),
					ThreadLocalRandom.current().nextInt(10_000_000));
			int b = i % buyers.length;
			SendLoad.expect(201, api.post(admin, "/api/v1/admin/orders",
					"{\"orderId\":\"" + order + "\",\"buyerId\":" + buyerIds[b] + ",\"sellerId\":" + sellerId
							+ ",\"items\":[{\"title\":\"Latency lamp\",\"quantity\":1}],\"placedAt\":\""
							+ delivered.minus(Duration.ofDays(3)) + "\",\"deliveredAt\":\"" + delivered + "\"}"),
					"order feed");
			targets.add(new String[] { buyers[b], order });
		}

		int total = rate * seconds;
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ScheduledExecutorService clients = Executors.newScheduledThreadPool(16);
		long periodNanos = 1_000_000_000L / rate;
		for (int n = 0; n < total; n++) {
			String[] target = targets.get(n % targets.size());
			int number = n;
			clients.schedule(() -> {
				try {
					String body = SendLoad.expect(201,
							api.post(target[0], "/api/v1/orders/" + target[1] + "/messages",
									"{\"topic\":\"PRODUCT_QUESTION\",\"body\":\"Question " + number
											+ ": does the lamp come with a bulb?\"}"),
							"send");
					committed.put(SendLoad.first(MESSAGE, body), System.nanoTime());
					sent.incrementAndGet();
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
			}, n * periodNanos, TimeUnit.NANOSECONDS);
		}
		clients.shutdown();
		clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!received.keySet().containsAll(committed.keySet()) && System.nanoTime() < waitUntil) {
			Thread.sleep(50);
		}
		receiver.stop(0);
		// The next run (the script repeats) registers a receiver of its own.
		api.delete(seller, "/api/v1/webhooks/" + endpoint);
		long[] latencies = committed.entrySet()
			.stream()
			.filter((entry) -> received.containsKey(entry.getKey()))
			.mapToLong((entry) -> received.get(entry.getKey()) - entry.getValue())
			.sorted()
			.toArray();
		System.out.printf(
				"webhooks rate=%d/s messages=%d delivered=%d duplicates=%d errors=%d p50ms=%.1f p95ms=%.1f p99ms=%.1f maxms=%.1f%n",
				rate, sent.get(), latencies.length, deliveries.get() - received.size(), errors.get(),
				percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
				percentile(latencies, 100));
		System.exit(0);
	}

	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

}
