package dev.parley.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reliability drill's client (scripts/chaos-send): buyers' questions sent to two
 * application instances sharing one database while the database restarts. Every message
 * has its own Idempotency-Key and a marker in its body; on any failure (refused
 * connection, timeout, 5xx) the client retries the same key, on either instance, until it
 * is acknowledged. Writes one line per acknowledged message ({@code key messageId}) to
 * the given file, for the script to check against the database.
 * <p>
 * Usage: {@code SendChaos <baseUrl1,baseUrl2> <concurrency> <seconds> <ackFile>}.
 */
public final class SendChaos {

	private static final Pattern MESSAGE = Pattern.compile("\"messageId\"\\s*:\\s*(\\d+)");

	private final List<String> bases;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private SendChaos(List<String> bases) {
		this.bases = bases;
	}

	public static void main(String[] args) throws Exception {
		List<String> bases = List.of(args[0].split(","));
		int concurrency = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		Path ackFile = Path.of(args[3]);
		new SendChaos(bases).run(concurrency, seconds, ackFile);
	}

	private void run(int concurrency, int seconds, Path ackFile) throws Exception {
		SendLoad setup = new SendLoad(this.bases.get(0));
		String admin = setup.token("admin@parley.test");
		String seller = setup.token("seller@parley.test");
		String buyer = setup.token("ben@parley.test");
		long buyerId = setup.accountId(buyer, "buyer");
		long sellerId = setup.accountId(seller, "seller");
		List<String> orders = new ArrayList<>();
		Instant placed = Instant.now().minus(Duration.ofDays(1));
		for (int i = 0; i < concurrency * 4; i++) {
			String order = String.format("%03d-%07d-%07d", 700 + i % 100,
					ThreadLocalRandom.current().nextInt(10_000_000), ThreadLocalRandom.current().nextInt(10_000_000));
			SendLoad.expect(201,
					setup.post(admin, "/api/v1/admin/orders",
							"{\"orderId\":\"" + order + "\",\"buyerId\":" + buyerId + ",\"sellerId\":" + sellerId
									+ ",\"items\":[{\"title\":\"Chaos lamp\",\"quantity\":1}],\"placedAt\":\"" + placed
									+ "\"}"),
					"order feed");
			orders.add(order);
		}
		Map<String, Long> acknowledged = new ConcurrentHashMap<>();
		AtomicLong attempts = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		AtomicBoolean stop = new AtomicBoolean();
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			int worker = w;
			workers.add(new Thread(() -> {
				long n = 0;
				while (!stop.get()) {
					String key = "chaos-" + run + "-" + worker + "-" + (n++);
					String order = orders.get(worker * 4 + (int) (n % 4));
					String body = "{\"topic\":\"OTHER\",\"body\":\"<p>Chaos question " + key + "</p>\"}";
					Long id = null;
					for (int attempt = 0; id == null && attempt < 600; attempt++) {
						attempts.incrementAndGet();
						String base = this.bases.get(ThreadLocalRandom.current().nextInt(this.bases.size()));
						try {
							HttpResponse<String> response = this.http
								.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orders/" + order + "/messages"))
									.timeout(Duration.ofSeconds(10))
									.header("Authorization", "Bearer " + buyer)
									.header("Content-Type", "application/json")
									.header("Idempotency-Key", key)
									.POST(HttpRequest.BodyPublishers.ofString(body))
									.build(), HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() == 201) {
								Matcher matcher = MESSAGE.matcher(response.body());
								if (matcher.find()) {
									id = Long.parseLong(matcher.group(1));
								}
							}
							else {
								failures.incrementAndGet();
								pause(attempt);
							}
						}
						catch (Exception ex) {
							failures.incrementAndGet();
							pause(attempt);
						}
					}
					if (id != null) {
						acknowledged.put(key, id);
					}
				}
			}, "chaos-" + w));
		}
		workers.forEach(Thread::start);
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Thread worker : workers) {
			worker.join(Duration.ofMinutes(2).toMillis());
		}
		List<String> lines = new ArrayList<>();
		acknowledged.forEach((key, id) -> lines.add(key + " " + id));
		Files.write(ackFile, lines);
		System.out.printf("acknowledged=%d attempts=%d failed-attempts=%d run=%s%n", acknowledged.size(),
				attempts.get(), failures.get(), run);
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(Math.min(1000, 50L * (attempt + 1)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
