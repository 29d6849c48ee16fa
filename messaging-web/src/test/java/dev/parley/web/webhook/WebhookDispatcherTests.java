package dev.parley.web.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import dev.parley.core.integration.WebhookDelivery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a turn splits an endpoint's pending deliveries: by thread in feed order, and an
 * event of no thread on its own, in its place.
 */
class WebhookDispatcherTests {

	@Test
	void theLeadingThreadEventsAreGroupedByThreadEachInFeedOrder() {
		List<Queue<WebhookDelivery>> groups = WebhookDispatcher
			.groups(List.of(delivery(1, 10L), delivery(2, 20L), delivery(3, 10L), delivery(4, 30L), delivery(5, 20L)));
		assertThat(ids(groups)).containsExactly(List.of(1L, 3L), List.of(2L, 5L), List.of(4L));
	}

	@Test
	void anEventOfNoThreadWaitsForTheEventsBeforeItAndGoesAlone() {
		List<WebhookDelivery> pending = List.of(delivery(1, 10L), delivery(2, 20L), delivery(3, null),
				delivery(4, 10L));
		assertThat(ids(WebhookDispatcher.groups(pending))).containsExactly(List.of(1L), List.of(2L));
		assertThat(ids(WebhookDispatcher.groups(pending.subList(2, 4)))).containsExactly(List.of(3L));
		assertThat(WebhookDispatcher.groups(List.of())).isEmpty();
	}

	private static List<List<Long>> ids(List<Queue<WebhookDelivery>> groups) {
		List<List<Long>> ids = new ArrayList<>();
		groups.forEach((group) -> ids.add(group.stream().map(WebhookDelivery::id).toList()));
		return ids;
	}

	private static WebhookDelivery delivery(long id, @Nullable Long thread) {
		return new WebhookDelivery(id, 1, "evt_" + id, thread, "message.received", "{}", false, 0,
				Instant.parse("2026-05-01T08:00:00Z"), null, null, null, null, null);
	}

}
