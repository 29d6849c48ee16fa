package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API-level twin of the core's {@code PredictionPropertyTests}: a seeded random walk
 * over thread states built through the API (orders from the admin feed placed or
 * delivered 2, 10 or 40 days ago; buyers opted out or not; a buyer message awaiting,
 * answered or none; a review request already sent or not; sellers {@code ACTIVE},
 * {@code WARNED} or {@code SUSPENDED} by admin decisions) and random seller actions and
 * buyer topics. For each, {@code GET /orders/{id}/messaging-actions} and
 * {@code POST /policy/check} are asked, then the message is sent: the action is available
 * if and only if the send is not refused for a context reason, and the predicted
 * delivery, proactive and critical flags are what the send answers and stores.
 */
class PredictionPropertyIT extends ApiTestSupport {

	private static final int CASES = 200;

	private static final Set<String> CONTEXT_RULES = Set.of("NO_RELATIONSHIP", "MESSAGING_SUSPENDED",
			"PROACTIVE_WINDOW", "REVIEW_REQUEST_ALREADY_SENT", "REVIEW_REQUEST_WINDOW");

	private static final List<String> SELLER_ACTIONS = List.of("REPLY", "CONFIRM_CUSTOMIZATION_DETAILS",
			"CONFIRM_DELIVERY_DETAILS", "ADDITIONAL_INFO_REQUIRED", "SHIPPING_ADDRESS_ISSUE", "PAYMENT_ISSUE",
			"UNEXPECTED_PROBLEM", "SEND_INVOICE", "WARRANTY", "LEGAL_DISCLOSURE", "RETURN_REFUND_INFO",
			"PRODUCT_INSTRUCTIONS", "REQUEST_REVIEW");

	private static final List<String> TOPICS = List.of("ORDER_STATUS", "RETURN_REFUND", "PRODUCT_QUESTION", "SHIPPING",
			"OTHER");

	private static final List<String> BODIES = List.of("<p>The replacement part ships tomorrow.</p>",
			"The carrier needs the house number for the delivery.", "Oil the walnut once a month with a soft cloth.",
			"Your invoice for the organizer is ready in your order history.", "Call 415 555 0132 for help",
			"Here is a 20% off coupon: SAVE20");

	private static final List<@Nullable Duration> DELIVERED_AGO = java.util.Arrays.asList(null, Duration.ofDays(2),
			Duration.ofDays(10), Duration.ofDays(40));

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void messagingActionsAndTheDryRunPredictWhatTheSendDoes() {
		Random random = new Random(20261202L);
		Party admin = admin();
		List<Party> sellers = new ArrayList<>();
		for (String status : List.of("ACTIVE", "WARNED", "SUSPENDED")) {
			for (int i = 0; i < 2; i++) {
				sellers.add(seller(admin, status));
			}
		}
		List<Party> buyers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Party buyer = buyer();
			Response settings = put(buyer, API + "/settings/messaging", Map.of("optOutNonEssential", i % 2 == 0));
			assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
			buyers.add(buyer);
		}
		Tally tally = new Tally();
		long started = System.nanoTime();
		for (int i = 0; i < CASES; i++) {
			Party seller = sellers.get(random.nextInt(sellers.size()));
			Party buyer = buyers.get(random.nextInt(buyers.size()));
			Duration deliveredAgo = DELIVERED_AGO.get(random.nextInt(DELIVERED_AGO.size()));
			String orderId = feedOrder(admin, buyer, seller, deliveredAgo);
			String orders = API + "/orders/" + orderId;
			int history = random.nextInt(3);
			if (history > 0) {
				post(buyer, orders + "/messages", buyerQuestion(random));
			}
			if (history > 1) {
				post(seller, orders + "/messages", message("REPLY", "It left our workshop this morning."));
			}
			if (random.nextInt(4) == 0) {
				post(seller, orders + "/review-request", null);
			}
			boolean byBuyer = random.nextInt(4) == 0;
			Party sender = byBuyer ? buyer : seller;
			Map<String, Object> draft = byBuyer ? buyerQuestion(random)
					: new HashMap<>(message(SELLER_ACTIONS.get(random.nextInt(SELLER_ACTIONS.size())),
							BODIES.get(random.nextInt(BODIES.size()))));
			String action = (String) draft.get("action");
			String what = "case " + i + ": " + (byBuyer ? "buyer " : "seller ") + draft + " on an order delivered "
					+ deliveredAgo + " ago, history " + history;

			JsonNode actions = get(sender, orders + "/messaging-actions").body().get("actions");
			JsonNode predicted = MessagingApiIT.action(actions, action);
			Map<String, Object> checked = new HashMap<>(draft);
			checked.put("orderId", orderId);
			Response check = post(sender, API + "/policy/check", checked);
			Response send = action.equals("REQUEST_REVIEW") ? post(sender, orders + "/review-request", null)
					: post(sender, orders + "/messages", draft);

			assertThat(check.status()).as(what + " → " + check).isEqualTo(200);
			assertThat(send.status()).as(what + " → " + send).isIn(201, 422);
			JsonNode dryRun = check.body();
			boolean refusedForContext = send.status() == 422 && !blockingContextRules(send.body()).isEmpty();
			assertThat(predicted.get("available").asBoolean()).as(what + " → " + send).isEqualTo(!refusedForContext);
			assertThat(contextRules(dryRun)).as(what).isEqualTo(codes(predicted.get("reasons")));
			assertThat(predicted.get("delivery").asString()).as(what).isEqualTo(dryRun.get("delivery").asString());
			assertThat(predicted.get("proactive").asBoolean()).as(what).isEqualTo(dryRun.get("proactive").asBoolean());
			assertThat(predicted.get("critical").asBoolean()).as(what).isEqualTo(dryRun.get("important").asBoolean());
			assertThat(dryRun.get("withheld").isNull()).as(what)
				.isEqualTo(dryRun.get("delivery").asString().equals("DELIVERED"));
			if (!action.equals("REQUEST_REVIEW")) {
				// the review request's text is the standardized one, not the draft
				assertThat(send.status()).as(what + " → " + dryRun)
					.isEqualTo(dryRun.get("verdict").asString().equals("BLOCK") ? 422 : 201);
			}
			if (send.status() == 422) {
				assertThat(contextRules(send.body())).as(what).isEqualTo(contextRules(dryRun));
				tally.refused(refusedForContext);
				continue;
			}
			JsonNode sent = send.body();
			Map<String, Object> stored = this.jdbc.queryForMap(
					"SELECT delivery, important, proactive FROM message WHERE id = ?", sent.get("messageId").asLong());
			assertThat(sent.get("delivery").asString()).as(what).isEqualTo(predicted.get("delivery").asString());
			assertThat(stored.get("delivery")).as(what).isEqualTo(predicted.get("delivery").asString());
			assertThat(sent.get("proactive").asBoolean()).as(what).isEqualTo(predicted.get("proactive").asBoolean());
			assertThat(stored.get("proactive")).as(what).isEqualTo(predicted.get("proactive").asBoolean());
			assertThat(sent.get("important").asBoolean()).as(what).isEqualTo(predicted.get("critical").asBoolean());
			assertThat(stored.get("important")).as(what).isEqualTo(predicted.get("critical").asBoolean());
			tally.sent(sent.get("delivery").asString().equals("DELIVERED"));
		}
		System.out.printf("PredictionPropertyIT: %d cases in %d ms: %s%n", CASES,
				Duration.ofNanos(System.nanoTime() - started).toMillis(), tally);
		// the walk reaches both sides of every prediction
		assertThat(tally.refusedForContext).as(tally.toString()).isBetween(CASES / 10, CASES * 9 / 10);
		assertThat(tally.refusedForContent).as(tally.toString()).isPositive();
		assertThat(tally.delivered).as(tally.toString()).isPositive();
		assertThat(tally.withheld).as(tally.toString()).isPositive();
	}

	private Party seller(Party admin, String status) {
		Party seller = seller();
		String decisions = API + "/admin/sellers/" + seller.id() + "/decisions";
		if (status.equals("WARNED") || status.equals("SUSPENDED")) {
			assertThat(post(admin, decisions,
					Map.of("decision", status.equals("WARNED") ? "WARN" : "SUSPEND", "reason", "Property test."))
				.status()).isEqualTo(201);
		}
		assertThat(get(seller, API + "/settings/messaging").body().get("messagingStatus").asString()).isEqualTo(status);
		return seller;
	}

	private String feedOrder(Party admin, Party buyer, Party seller, @Nullable Duration deliveredAgo) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant delivered = (deliveredAgo != null) ? now.minus(deliveredAgo) : null;
		Map<String, Object> feed = new HashMap<>();
		String orderId = newOrderId().value();
		feed.put("orderId", orderId);
		feed.put("buyerId", buyer.id());
		feed.put("sellerId", seller.id());
		feed.put("items", List.of(Map.of("title", "Walnut desk organizer", "quantity", 1)));
		feed.put("placedAt", ((delivered != null) ? delivered : now).minus(Duration.ofDays(3)).toString());
		if (delivered != null) {
			feed.put("shippedAt", delivered.minus(Duration.ofDays(2)).toString());
			feed.put("deliveredAt", delivered.toString());
		}
		Response created = post(admin, API + "/admin/orders", feed);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return orderId;
	}

	private static Map<String, Object> buyerQuestion(Random random) {
		return new HashMap<>(Map.of("action", "BUYER_QUESTION", "topic", TOPICS.get(random.nextInt(TOPICS.size())),
				"body", "Could you tell me more about my order?"));
	}

	private static Set<String> contextRules(JsonNode checked) {
		return contextRules(checked.get("violations"), "rule", false);
	}

	private static Set<String> blockingContextRules(JsonNode refusal) {
		return contextRules(refusal.get("violations"), "rule", true);
	}

	private static Set<String> codes(JsonNode reasons) {
		return contextRules(reasons, "code", false);
	}

	/**
	 * The context rules among violations or reasons, optionally only the blocking ones.
	 */
	private static Set<String> contextRules(JsonNode items, String field, boolean blockingOnly) {
		Set<String> rules = new TreeSet<>();
		items.valueStream()
			.filter((item) -> !blockingOnly || item.get("outcome").asString().equals("BLOCK"))
			.map((item) -> item.get(field).asString())
			.filter(CONTEXT_RULES::contains)
			.forEach(rules::add);
		return rules;
	}

	/** How the cases came out, to show that the walk reaches every side. */
	private static final class Tally {

		int refusedForContext;

		int refusedForContent;

		int delivered;

		int withheld;

		void refused(boolean forContext) {
			if (forContext) {
				this.refusedForContext++;
			}
			else {
				this.refusedForContent++;
			}
		}

		void sent(boolean delivered) {
			if (delivered) {
				this.delivered++;
			}
			else {
				this.withheld++;
			}
		}

		@Override
		public String toString() {
			return "refused for context " + this.refusedForContext + ", for content " + this.refusedForContent
					+ ", delivered " + this.delivered + ", withheld " + this.withheld;
		}

	}

}
