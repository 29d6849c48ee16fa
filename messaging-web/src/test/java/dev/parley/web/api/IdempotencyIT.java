package dev.parley.web.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.parley.core.order.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same Idempotency-Key, sent many times at once, creates one message.
 */
class IdempotencyIT extends ApiTestSupport {

	@Test
	void twentyConcurrentRequestsWithOneKeyCreateOneMessage() throws Exception {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(1));
		Map<String, Object> body = Map.of("topic", "ORDER_STATUS", "body", "Has my order shipped yet?");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Response>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return send(buyer, "POST", API + "/orders/" + order.id() + "/messages", body,
							Map.of("Idempotency-Key", "order-status-1"));
				}));
			}
			start.countDown();
			List<Long> messageIds = new ArrayList<>();
			for (Future<Response> future : futures) {
				Response response = future.get(60, TimeUnit.SECONDS);
				assertThat(response.status()).as(response.toString()).isEqualTo(201);
				messageIds.add(response.body().get("messageId").asLong());
			}
			assertThat(messageIds).containsOnly(messageIds.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		long thread = get(buyer, API + "/threads").body().get("items").get(0).get("threadId").asLong();
		assertThat(get(seller, API + "/threads/" + thread).body().get("messages")).hasSize(1);
	}

	@Test
	void aKeyReusedForAnotherBodyIsRefusedAndAReplayIsMarked() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(1));
		String path = API + "/orders/" + order.id() + "/messages";

		Response first = send(buyer, "POST", path, message("First question"), Map.of("Idempotency-Key", "k1"));
		Response replay = send(buyer, "POST", path, message("First question"), Map.of("Idempotency-Key", "k1"));
		Response other = send(buyer, "POST", path, message("Another question"), Map.of("Idempotency-Key", "k1"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replay.body().get("messageId").asLong()).isEqualTo(first.body().get("messageId").asLong());
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.body().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void aRefusedMessageDoesNotKeepItsKey() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(1));
		String path = API + "/orders/" + order.id() + "/messages";

		Response refused = send(seller, "POST", path, message("WARRANTY", "Mail me at me@shop.example"),
				Map.of("Idempotency-Key", "k2"));
		Response fixed = send(seller, "POST", path, message("WARRANTY", "Mail me at me@shop.example"),
				Map.of("Idempotency-Key", "k2"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(fixed.status()).isEqualTo(422);
	}

}
