package dev.parley.web.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.parley.core.order.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver that keeps failing: after the configured run of failed attempts the endpoint
 * is disabled and its owner gets a platform notice; enabled again, it catches up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "parley.webhooks.allow-private-receivers=true", "parley.webhooks.allow-http=true",
		"parley.webhooks.poll-interval=20ms", "parley.webhooks.retry-initial=100ms", "parley.webhooks.retry-max=200ms",
		"parley.webhooks.timeout=2s", "parley.webhooks.lease=10s", "parley.webhooks.disable-after=3" })
class WebhookAutoDisableIT extends ApiTestSupport {

	@Test
	void aRunOfFailuresDisablesTheEndpointWithANoticeAndEnablingItDeliversWhatWasMissed() {
		try (TestReceiver receiver = new TestReceiver()) {
			receiver.answer(500);
			Party buyer = buyer();
			Party seller = seller();
			Order order = order(buyer, seller, Duration.ofDays(2));
			Response created = post(seller, API + "/webhooks",
					Map.of("url", receiver.url(), "eventTypes", List.of("message.received", "notice.created")));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			long endpointId = created.body().get("endpointId").asLong();

			post(buyer, API + "/orders/" + order.id() + "/messages",
					Map.of("topic", "SHIPPING", "body", "When will my order ship?"));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> !get(seller, API + "/webhooks/" + endpointId).body().get("enabled").asBoolean());
			JsonNode endpoint = get(seller, API + "/webhooks/" + endpointId).body();
			assertThat(endpoint.get("consecutiveFailures").asInt()).isEqualTo(3);
			assertThat(endpoint.get("disabledReason").asString()).contains("3");
			JsonNode log = get(seller, API + "/webhooks/" + endpointId + "/deliveries").body();
			assertThat(log.get(0).get("attempts").asInt()).isEqualTo(3);
			assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(500);
			assertThat(log.get(0).get("responseExcerpt").asString()).isEqualTo("answer 500");

			JsonNode feed = get(seller, API + "/changes?limit=100").body();
			JsonNode notice = null;
			for (JsonNode item : feed.get("items")) {
				if (item.get("type").asString().equals("notice.created")) {
					notice = item;
				}
			}
			assertThat(notice).as(feed.toString()).isNotNull();
			assertThat(notice.get("data").get("kind").asString()).isEqualTo("WEBHOOK_DISABLED");
			assertThat(notice.get("data").get("text").asString()).contains(receiver.url());

			receiver.answer(204);
			Response enabled = put(seller, API + "/webhooks/" + endpointId, Map.of("url", receiver.url(), "eventTypes",
					List.of("message.received", "notice.created"), "enabled", true));
			assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
			// The message, then the notice about the disabling (it came after).
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
			assertThat(this.json.readTree(receiver.received().get(0).body()).get("type").asString())
				.isEqualTo("message.received");
			assertThat(this.json.readTree(receiver.received().get(1).body()).get("type").asString())
				.isEqualTo("notice.created");
		}
	}

}
