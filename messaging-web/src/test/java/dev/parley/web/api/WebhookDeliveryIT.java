package dev.parley.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.parley.core.order.Order;
import dev.parley.web.api.TestReceiver.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook deliveries to a real HTTP receiver on loopback: signatures, an outage of the
 * receiver while messages arrive, redelivery and secret rotation.
 */
class WebhookDeliveryIT extends IntegrationTestSupport {

	/**
	 * How long the receiver is down in the outage test: a minute unless
	 * {@code -Dparley.test.webhook-outage=PT10S} (for example) shortens it.
	 */
	static final Duration OUTAGE = Duration.parse(System.getProperty("parley.test.webhook-outage", "PT1M"));

	@Test
	void aDeliveryCarriesStandardWebhooksHeadersAndTheSignatureVerifiesAsDocumented() throws Exception {
		try (TestReceiver receiver = new TestReceiver()) {
			Party buyer = buyer();
			Party seller = seller();
			Order order = order(buyer, seller, Duration.ofDays(2));
			JsonNode endpoint = register(seller, receiver, "message.received");
			String secret = endpoint.get("secret").asString();
			assertThat(secret).startsWith("whsec_");

			Response sent = post(buyer, API + "/orders/" + order.id() + "/messages",
					Map.of("topic", "SHIPPING", "body", "Hello, has my parcel left the warehouse yet?"));
			assertThat(sent.status()).as(sent.toString()).isEqualTo(201);

			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
			Received delivery = receiver.received().get(0);
			assertThat(delivery.id()).matches("evt_\\d+");
			assertThat(Long.parseLong(delivery.timestamp())).isCloseTo(System.currentTimeMillis() / 1000,
					org.assertj.core.data.Offset.offset(60L));
			// The documented procedure, with nothing but the JDK: HMAC-SHA256 keyed with
			// the
			// base64-decoded secret after "whsec_", over id.timestamp.body, in base64.
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			String expected = "v1," + Base64.getEncoder()
				.encodeToString(mac.doFinal((delivery.id() + "." + delivery.timestamp() + "." + delivery.body())
					.getBytes(StandardCharsets.UTF_8)));
			assertThat(delivery.signature().split(" ")).contains(expected);

			JsonNode body = this.json.readTree(delivery.body());
			assertThat(body.get("type").asString()).isEqualTo("message.received");
			assertThat(body.get("data").get("messageId").asLong()).isEqualTo(sent.body().get("messageId").asLong());
			assertThat(body.get("data").get("text").asString()).contains("parcel");

			// The same event in the changes feed has the same id.
			JsonNode feed = get(seller, API + "/changes?limit=100").body();
			List<String> ids = new ArrayList<>();
			feed.get("items").forEach((item) -> ids.add(item.get("id").asString()));
			assertThat(ids).contains(delivery.id());

			// A tampered body does not verify.
			String forged = "v1," + Base64.getEncoder()
				.encodeToString(mac.doFinal((delivery.id() + "." + delivery.timestamp() + "." + delivery.body() + " ")
					.getBytes(StandardCharsets.UTF_8)));
			assertThat(delivery.signature().split(" ")).doesNotContain(forged);
		}
	}

	@Test
	void withTheReceiverDownWhileFiveHundredMessagesArriveEachArrivesExactlyOnceInOrderPerThread() throws Exception {
		try (TestReceiver receiver = new TestReceiver()) {
			Party seller = seller();
			register(seller, receiver, "message.received");
			List<Order> orders = new ArrayList<>();
			List<Party> buyers = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				Party buyer = buyer();
				buyers.add(buyer);
				orders.add(order(buyer, seller, Duration.ofDays(2)));
			}
			receiver.goDown();
			long downAt = System.nanoTime();
			// Two clients per thread post at the same time: 5 threads x 2 clients x 50 =
			// 500.
			ExecutorService clients = Executors.newFixedThreadPool(4);
			List<Future<?>> posts = new ArrayList<>();
			for (int t = 0; t < orders.size(); t++) {
				Party buyer = buyers.get(t);
				Order order = orders.get(t);
				for (int client = 0; client < 2; client++) {
					int c = client;
					posts.add(clients.submit(() -> {
						for (int n = 0; n < 50; n++) {
							Response sent = post(buyer, API + "/orders/" + order.id() + "/messages", Map.of("topic",
									"SHIPPING", "body", "Question " + c + "-" + n + " about my parcel"));
							assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
						}
					}));
				}
			}
			for (Future<?> post : posts) {
				post.get();
			}
			clients.shutdown();
			assertThat(receiver.received()).isEmpty();
			long left = OUTAGE.toNanos() - (System.nanoTime() - downAt);
			if (left > 0) {
				Thread.sleep(Duration.ofNanos(left).toMillis());
			}
			JsonNode log = get(seller, API + "/webhooks").body();
			long endpointId = log.get(0).get("endpointId").asLong();
			JsonNode deliveries = get(seller, API + "/webhooks/" + endpointId + "/deliveries?limit=100").body();
			assertThat(deliveries).isNotEmpty();
			JsonNode oldestShown = deliveries.get(deliveries.size() - 1);
			assertThat(deliveries.get(0).get("status").asString()).isEqualTo("PENDING");
			assertThat(log.get(0).get("consecutiveFailures").asInt()).isPositive();
			assertThat(oldestShown).isNotNull();

			receiver.comeBack();
			await().atMost(Duration.ofMinutes(2)).until(() -> receiver.received().size() >= 500);
			Thread.sleep(1000);
			List<Received> received = receiver.received();
			assertThat(received).hasSize(500);
			Set<String> ids = new HashSet<>();
			Map<Long, List<Integer>> seqByThread = new HashMap<>();
			for (Received delivery : received) {
				assertThat(ids.add(delivery.id())).as("duplicate " + delivery.id()).isTrue();
				JsonNode data = this.json.readTree(delivery.body()).get("data");
				seqByThread.computeIfAbsent(data.get("threadId").asLong(), (thread) -> new ArrayList<>())
					.add(data.get("seq").asInt());
			}
			assertThat(seqByThread).hasSize(5);
			for (List<Integer> seqs : seqByThread.values()) {
				assertThat(seqs).hasSize(100).isSorted().doesNotHaveDuplicates();
			}
			JsonNode endpoint = get(seller, API + "/webhooks/" + endpointId).body();
			assertThat(endpoint.get("enabled").asBoolean()).isTrue();
			assertThat(endpoint.get("consecutiveFailures").asInt()).isZero();
		}
	}

	@Test
	void aRedeliveryRepeatsTheEventWithTheSameIdAndBody() {
		try (TestReceiver receiver = new TestReceiver()) {
			Party buyer = buyer();
			Party seller = seller();
			Order order = order(buyer, seller, Duration.ofDays(2));
			long endpointId = register(seller, receiver, "message.received").get("endpointId").asLong();
			post(buyer, API + "/orders/" + order.id() + "/messages",
					Map.of("topic", "OTHER", "body", "Could you gift-wrap the organizer?"));
			// The receiver records before it answers; the log is written after the
			// answer.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> get(seller, API + "/webhooks/" + endpointId + "/deliveries").body()
					.get(0)
					.get("status")
					.asString()
					.equals("SUCCEEDED"));
			JsonNode log = get(seller, API + "/webhooks/" + endpointId + "/deliveries").body();
			assertThat(log).hasSize(1);
			assertThat(receiver.received()).hasSize(1);
			JsonNode first = log.get(0);
			assertThat(first.get("status").asString()).isEqualTo("SUCCEEDED");
			assertThat(first.get("lastStatus").asInt()).isEqualTo(204);
			assertThat(first.get("lastLatencyMillis").isNumber()).isTrue();

			Response redeliver = post(seller,
					API + "/webhooks/" + endpointId + "/deliveries/" + first.get("deliveryId").asLong() + "/redeliver",
					null);
			assertThat(redeliver.status()).as(redeliver.toString()).isEqualTo(202);
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
			Received original = receiver.received().get(0);
			Received again = receiver.received().get(1);
			assertThat(again.id()).isEqualTo(original.id());
			assertThat(again.body()).isEqualTo(original.body());

			Party stranger = seller();
			assertThat(post(stranger,
					API + "/webhooks/" + endpointId + "/deliveries/" + first.get("deliveryId").asLong() + "/redeliver",
					null)
				.status()).isEqualTo(404);
		}
	}

	@Test
	void afterARotationBothSecretsSignUntilTheOverlapEnds() {
		try (TestReceiver receiver = new TestReceiver()) {
			Party buyer = buyer();
			Party seller = seller();
			Order order = order(buyer, seller, Duration.ofDays(2));
			JsonNode endpoint = register(seller, receiver, "message.received");
			long endpointId = endpoint.get("endpointId").asLong();
			String oldSecret = endpoint.get("secret").asString();
			Response rotated = post(seller, API + "/webhooks/" + endpointId + "/secret", null);
			assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
			String newSecret = rotated.body().get("secret").asString();
			assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);

			post(buyer, API + "/orders/" + order.id() + "/messages",
					Map.of("topic", "OTHER", "body", "Is the walnut oiled or lacquered?"));
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
			Received delivery = receiver.received().get(0);
			long timestamp = Long.parseLong(delivery.timestamp());
			assertThat(dev.parley.web.webhook.WebhookSignature.verify(newSecret, delivery.id(), timestamp,
					delivery.body(), delivery.signature()))
				.isTrue();
			assertThat(dev.parley.web.webhook.WebhookSignature.verify(oldSecret, delivery.id(), timestamp,
					delivery.body(), delivery.signature()))
				.isTrue();
			assertThat(delivery.signature().split(" ")).hasSize(2);
		}
	}

	JsonNode register(Party seller, TestReceiver receiver, String... types) {
		Response created = post(seller, API + "/webhooks", endpoint(receiver.url(), types));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.body();
	}

}
