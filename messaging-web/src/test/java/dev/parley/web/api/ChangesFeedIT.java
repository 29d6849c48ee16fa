package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.parley.core.integration.Changes;
import dev.parley.core.order.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The changes feed under concurrent writers: a client that pages it while two writers
 * append 10,000 messages sees every event exactly once, in order per thread; and what a
 * buyer sees respects visibility.
 */
class ChangesFeedIT extends IntegrationTestSupport {

	@Autowired
	Changes changes;

	static final int PER_WRITER = 5_000;

	@Test
	void aClientPagingWhileTwoWritersAppendTenThousandEventsSeesEachExactlyOnce() throws Exception {
		Party seller = seller();
		List<Party> buyers = List.of(buyer(), buyer());
		List<Order> orders = List.of(order(buyers.get(0), seller, Duration.ofDays(2)),
				order(buyers.get(1), seller, Duration.ofDays(2)));
		Set<Long> sent = ConcurrentHashMap.newKeySet();
		String start = get(seller, API + "/changes?limit=100").body().get("nextCursor").asString();

		ExecutorService writers = Executors.newFixedThreadPool(2);
		List<Future<?>> writing = new ArrayList<>();
		for (int w = 0; w < 2; w++) {
			Party buyer = buyers.get(w);
			Order order = orders.get(w);
			writing.add(writers.submit(() -> {
				for (int n = 0; n < PER_WRITER; n++) {
					Response posted = post(buyer, API + "/orders/" + order.id() + "/messages",
							Map.of("topic", "OTHER", "body", "Question number " + n + " about the desk organizer"));
					assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
					sent.add(posted.body().get("messageId").asLong());
				}
			}));
		}
		writers.shutdown();

		List<Long> positions = new ArrayList<>();
		List<JsonNode> events = new ArrayList<>();
		String cursor = start;
		// The writers take as long as the machine needs (a shared CI machine can take
		// more
		// than ten minutes for 10,000 sends); the reader then has two minutes to catch
		// up.
		long deadline = Long.MAX_VALUE;
		int pagesWhileWriting = 0;
		while (events.size() < 2 * PER_WRITER && System.nanoTime() < deadline) {
			if (deadline == Long.MAX_VALUE && writers.isTerminated()) {
				deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			}
			JsonNode page = get(seller, API + "/changes?limit=100&cursor=" + cursor).body();
			for (JsonNode item : page.get("items")) {
				positions.add(Long.parseLong(item.get("id").asString().substring("evt_".length())));
				events.add(item);
			}
			cursor = page.get("nextCursor").asString();
			if (!writers.isTerminated()) {
				pagesWhileWriting++;
			}
			if (page.get("items").isEmpty()) {
				Thread.sleep(20);
			}
		}
		for (Future<?> write : writing) {
			write.get();
		}
		// Nothing more arrives after the last one.
		assertThat(get(seller, API + "/changes?limit=100&cursor=" + cursor).body().get("items")).isEmpty();

		assertThat(pagesWhileWriting).as("pages read while the writers ran").isGreaterThan(10);
		assertThat(events).hasSize(2 * PER_WRITER);
		assertThat(positions).isSorted().doesNotHaveDuplicates();
		Set<Long> seen = new HashSet<>();
		Map<Long, List<Integer>> seqByThread = new HashMap<>();
		for (JsonNode event : events) {
			assertThat(event.get("type").asString()).isEqualTo("message.received");
			JsonNode data = event.get("data");
			assertThat(seen.add(data.get("messageId").asLong())).isTrue();
			seqByThread.computeIfAbsent(data.get("threadId").asLong(), (thread) -> new ArrayList<>())
				.add(data.get("seq").asInt());
		}
		assertThat(seen).isEqualTo(sent);
		assertThat(seqByThread).hasSize(2);
		seqByThread.values().forEach((seqs) -> assertThat(seqs).hasSize(PER_WRITER).isSorted());
	}

	@Test
	void aBuyerNeverSeesAMessageThatWasNotDeliveredToThem() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(3));
		assertThat(put(buyer, API + "/settings/messaging", Map.of("optOutNonEssential", true)).status()).isEqualTo(200);
		Response withheld = post(seller, API + "/orders/" + order.id() + "/messages",
				message("WARRANTY", "Your desk organizer comes with a two-year warranty from the maker."));
		assertThat(withheld.body().get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		Response critical = post(seller, API + "/orders/" + order.id() + "/messages", message("SHIPPING_ADDRESS_ISSUE",
				"The carrier reports that the house number is missing. Please check it."));
		assertThat(critical.status()).as(critical.toString()).isEqualTo(201);

		long criticalId = critical.body().get("messageId").asLong();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> messageIds(get(buyer, API + "/changes").body()).contains(criticalId)
					&& types(get(seller, API + "/changes").body()).contains("message.sent"));
		List<String> buyerTypes = types(get(buyer, API + "/changes").body());
		List<Long> buyerMessages = messageIds(get(buyer, API + "/changes").body());
		assertThat(buyerMessages).contains(critical.body().get("messageId").asLong())
			.doesNotContain(withheld.body().get("messageId").asLong());
		assertThat(buyerTypes).doesNotContain("message.withheld", "message.note");

		List<String> sellerTypes = types(get(seller, API + "/changes").body());
		assertThat(sellerTypes).contains("message.withheld", "message.sent");
		assertThat(get(seller, API + "/changes?cursor=not-a-cursor").status()).isEqualTo(400);
	}

	@Test
	void theResponseClockAlertsComeOnceBeforeAndOnceAfterTheDeadline() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		Response asked = post(buyer, API + "/orders/" + order.id() + "/messages",
				Map.of("topic", "SHIPPING", "body", "Where is my parcel, please?"));
		long threadId = asked.body().get("threadId").asLong();
		Instant now = Instant.now();
		Duration day = Duration.ofHours(24);
		Duration lead = Duration.ofHours(2);

		this.changes.raiseDueAlerts(now.plus(Duration.ofHours(21)), day, lead);
		assertThat(alerts(seller, threadId)).isEmpty();
		this.changes.raiseDueAlerts(now.plus(Duration.ofHours(23)), day, lead);
		this.changes.raiseDueAlerts(now.plus(Duration.ofHours(23).plusMinutes(30)), day, lead);
		// The feed shows an event once every transaction older than it has ended (on the
		// whole
		// server), so reads wait for it.
		await().atMost(Duration.ofSeconds(60)).until(() -> alerts(seller, threadId).size() == 1);
		assertThat(alerts(seller, threadId)).containsExactly("thread.due_soon");
		this.changes.raiseDueAlerts(now.plus(Duration.ofHours(25)), day, lead);
		this.changes.raiseDueAlerts(now.plus(Duration.ofHours(26)), day, lead);
		await().atMost(Duration.ofSeconds(60)).until(() -> alerts(seller, threadId).size() == 2);
		assertThat(alerts(seller, threadId)).containsExactly("thread.due_soon", "thread.overdue");
		assertThat(alerts(buyer, threadId)).isEmpty();
	}

	private List<String> alerts(Party party, long threadId) {
		List<String> alerts = new ArrayList<>();
		get(party, API + "/changes?limit=100").body().get("items").forEach((item) -> {
			if (item.get("type").asString().startsWith("thread.") && item.get("threadId").asLong() == threadId
					&& !item.get("type").asString().equals("thread.read")) {
				alerts.add(item.get("type").asString());
			}
		});
		return alerts;
	}

	private static List<String> types(JsonNode page) {
		List<String> types = new ArrayList<>();
		page.get("items").forEach((item) -> types.add(item.get("type").asString()));
		return types;
	}

	private static List<Long> messageIds(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("items").forEach((item) -> {
			if (item.get("data").has("messageId") && item.get("type").asString().startsWith("message.")) {
				ids.add(item.get("data").get("messageId").asLong());
			}
		});
		return ids;
	}

}
