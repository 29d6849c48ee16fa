package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.BuyerSettings;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.order.Order;
import dev.parley.core.relay.Outbox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The messaging rules as integrators meet them through the API.
 */
class MessagingApiIT extends ApiTestSupport {

	@Autowired
	Conversations conversations;

	@Autowired
	Outbox outbox;

	@Test
	void aBuyerQuestionIsDueIn24HoursUnderNeedsResponseAndAReplyClearsIt() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));

		Response asked = post(buyer, API + "/orders/" + order.id() + "/messages",
				Map.of("topic", "SHIPPING", "body", "Hello, where is my parcel? It should have arrived."));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		long threadId = asked.body().get("threadId").asLong();

		JsonNode inbox = get(seller, API + "/threads?filter=needs-response").body();
		assertThat(inbox.get("counts").get("needsResponse").asLong()).isEqualTo(1);
		JsonNode item = inbox.get("items").get(0);
		assertThat(item.get("threadId").asLong()).isEqualTo(threadId);
		JsonNode thread = get(seller, API + "/threads/" + threadId).body();
		Instant sentAt = Instant.parse(thread.get("messages").get(0).get("sentAt").asString());
		assertThat(Instant.parse(item.get("dueAt").asString())).isEqualTo(sentAt.plus(Duration.ofHours(24)));
		assertThat(Instant.parse(thread.get("dueAt").asString())).isCloseTo(Instant.now().plus(Duration.ofHours(24)),
				within(Duration.ofMinutes(1)));

		Response replied = post(seller, API + "/threads/" + threadId + "/messages",
				message("It left our warehouse on Monday; the carrier shows it out for delivery today."));
		assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
		assertThat(replied.body().get("proactive").asBoolean()).isFalse();

		JsonNode after = get(seller, API + "/threads?filter=needs-response").body();
		assertThat(after.get("counts").get("needsResponse").asLong()).isZero();
		assertThat(after.get("items")).isEmpty();
		assertThat(get(seller, API + "/threads/" + threadId).body().get("dueAt").isNull()).isTrue();
	}

	@Test
	void aNonCriticalProactiveMessageToAnOptedOutBuyerIsKeptButNotDeliveredWhileACriticalOneDelivers() {
		Party buyer = buyer();
		Party seller = seller();
		this.accounts.saveBuyerSettings(buyer.account().id(), new BuyerSettings(true));
		Order order = order(buyer, seller, Duration.ofDays(3));

		Response warranty = post(seller, API + "/orders/" + order.id() + "/messages",
				message("WARRANTY", "Your desk organizer comes with a two-year warranty from the maker."));
		assertThat(warranty.status()).as(warranty.toString()).isEqualTo(201);
		assertThat(warranty.body().get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		assertThat(warranty.body().get("proactive").asBoolean()).isTrue();
		assertThat(this.outbox.countFor(MessageId.of(warranty.body().get("messageId").asLong()))).isZero();

		Response address = post(seller, API + "/orders/" + order.id() + "/messages", message("SHIPPING_ADDRESS_ISSUE",
				"The carrier reports that the house number is missing. Please check it."));
		assertThat(address.status()).as(address.toString()).isEqualTo(201);
		assertThat(address.body().get("delivery").asString()).isEqualTo("DELIVERED");
		assertThat(address.body().get("important").asBoolean()).isTrue();
		assertThat(this.outbox.countFor(MessageId.of(address.body().get("messageId").asLong()))).isEqualTo(1);

		long threadId = address.body().get("threadId").asLong();
		JsonNode buyerView = get(buyer, API + "/threads/" + threadId).body();
		assertThat(buyerView.get("messages")).hasSize(1);
		assertThat(buyerView.get("messages").get(0).get("subject").asString()).startsWith("[Important]");
		JsonNode sellerView = get(seller, API + "/threads/" + threadId).body();
		assertThat(sellerView.get("messages").valueStream().map((m) -> m.get("sender").asString())).contains("SYSTEM");
		assertThat(sellerView.get("messages").get(0).get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
	}

	@Test
	void aProactiveMessage31DaysAfterDeliveryIsRefusedWithProactiveWindow() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(31));

		Response response = post(seller, API + "/orders/" + order.id() + "/messages",
				message("PRODUCT_INSTRUCTIONS", "Here is how to assemble the organizer's drawers."));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(rules(response)).contains("PROACTIVE_WINDOW");
		assertThat(this.conversations.find(new ThreadKey(buyer.account().id(), seller.account().id(), order.id())))
			.isEmpty();
	}

	@Test
	void aReviewRequestGoesOnceAndOnlyFiveToThirtyDaysAfterDelivery() {
		Party buyer = buyer();
		Party seller = seller();
		Order tooEarly = order(buyer, seller, Duration.ofDays(4));
		Order inWindow = order(buyer, seller, Duration.ofDays(10));

		Response early = post(seller, API + "/orders/" + tooEarly.id() + "/review-request", null);
		assertThat(early.status()).as(early.toString()).isEqualTo(422);
		assertThat(rules(early)).contains("REVIEW_REQUEST_WINDOW");

		Response first = post(seller, API + "/orders/" + inWindow.id() + "/review-request", null);
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		Response second = post(seller, API + "/orders/" + inWindow.id() + "/review-request", null);
		assertThat(second.status()).as(second.toString()).isEqualTo(422);
		assertThat(rules(second)).contains("REVIEW_REQUEST_ALREADY_SENT");
	}

	@Test
	void anEmailAddressInASellerMessageIsRefusedWithItsSpanAndNothingIsStored() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		String body = "Please write to sales@northwind.example for the invoice.";

		Response response = post(seller, API + "/orders/" + order.id() + "/messages", message("SEND_INVOICE", body));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		JsonNode violation = response.body()
			.get("violations")
			.valueStream()
			.filter((v) -> v.get("rule").asString().equals("CONTACT_EMAIL"))
			.findFirst()
			.orElseThrow();
		assertThat(violation.get("outcome").asString()).isEqualTo("BLOCK");
		assertThat(violation.get("start").asInt()).isEqualTo(body.indexOf("sales@"));
		assertThat(violation.get("end").asInt()).isEqualTo(body.indexOf(" for the invoice"));
		assertThat(violation.get("message").asString()).isNotBlank().isNotEqualTo("policy.CONTACT_EMAIL");
		assertThat(this.conversations.find(new ThreadKey(buyer.account().id(), seller.account().id(), order.id())))
			.isEmpty();
		assertThat(get(seller, API + "/threads").body().get("counts").get("all").asLong()).isZero();
	}

	@Test
	void anEmailAddressInABuyerMessageIsDeliveredRedacted() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));

		Response response = post(buyer, API + "/orders/" + order.id() + "/messages",
				message("Can you send the receipt to ben.carter@mail.example please?"));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.body().get("redactions").valueStream().map(JsonNode::asString)).contains("CONTACT_EMAIL");
		JsonNode stored = get(seller, API + "/threads/" + response.body().get("threadId").asLong()).body()
			.get("messages")
			.get(0);
		assertThat(stored.get("text").asString()).contains("[removed]").doesNotContain("ben.carter@mail.example");
		assertThat(stored.get("html").asString()).doesNotContain("ben.carter");
		assertThat(stored.get("redactions").get(0).get("rule").asString()).isEqualTo("CONTACT_EMAIL");
	}

	@Test
	void aPreSaleQuestionStartsAThreadWithoutOrderThatTheSellerCanAnswer() {
		Party buyer = buyer();
		Party seller = seller();

		Response asked = post(buyer, API + "/listings/" + seller.id() + "/questions",
				Map.of("topic", "PRODUCT_QUESTION", "body", "Does the organizer fit a 60 cm deep drawer?"));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		long threadId = asked.body().get("threadId").asLong();

		JsonNode thread = get(seller, API + "/threads/" + threadId).body();
		assertThat(thread.get("order").isNull()).isTrue();
		Response answer = post(seller, API + "/threads/" + threadId + "/messages",
				message("Yes, it is 52 cm deep, so it fits."));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
	}

	@Test
	void readMarksClearUnreadAndNoResponseNeededAnswersAwaitingMessages() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(1));
		long threadId = post(buyer, API + "/orders/" + order.id() + "/messages", message("Thanks, all good!")).body()
			.get("threadId")
			.asLong();

		assertThat(get(seller, API + "/threads?filter=unread").body().get("counts").get("unread").asLong())
			.isEqualTo(1);
		assertThat(post(seller, API + "/threads/" + threadId + "/read", null).status()).isEqualTo(204);
		assertThat(get(seller, API + "/threads?filter=unread").body().get("counts").get("unread").asLong()).isZero();

		Response marked = post(seller, API + "/threads/" + threadId + "/no-response-needed", null);
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.body().get("answered").asBoolean()).isTrue();
		assertThat(
				get(seller, API + "/threads?filter=needs-response").body().get("counts").get("needsResponse").asLong())
			.isZero();
		JsonNode metrics = get(seller, API + "/metrics/response-time").body();
		assertThat(metrics.get("periods").get(0).get("answered").asLong()).isEqualTo(1);
		assertThat(metrics.get("periods").get(0).get("shareWithin24h").asDouble()).isEqualTo(1.0);
	}

	@Test
	void aReportQueuesTheThreadForAdminsWhoDecideAndTheSellerIsToldAndStopped() {
		Party buyer = buyer();
		Party seller = seller();
		Party admin = admin();
		Order order = order(buyer, seller, Duration.ofDays(2));
		long threadId = post(buyer, API + "/orders/" + order.id() + "/messages", message("Where is my order?")).body()
			.get("threadId")
			.asLong();
		long sellerMessage = post(seller, API + "/threads/" + threadId + "/messages",
				message("It ships tomorrow, sorry for the wait."))
			.body()
			.get("messageId")
			.asLong();

		Response report = post(buyer, API + "/threads/" + threadId + "/reports",
				Map.of("messageId", sellerMessage, "reason", "HARASSMENT", "note", "rude tone"));
		assertThat(report.status()).as(report.toString()).isEqualTo(201);

		JsonNode queue = get(admin, API + "/admin/flags?limit=100").body();
		JsonNode flag = queue.get("items")
			.valueStream()
			.filter((f) -> f.get("threadId").asLong() == threadId)
			.findFirst()
			.orElseThrow();
		assertThat(flag.get("flag").get("source").asString()).isEqualTo("REPORT");

		Response decided = post(admin, API + "/admin/flags/" + flag.get("flagId").asLong() + "/decision",
				Map.of("decision", "SUSPEND", "reason", "Repeated harassment of buyers."));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
		assertThat(decided.body().get("partyStatus").asString()).isEqualTo("SUSPENDED");

		Response refused = post(seller, API + "/threads/" + threadId + "/messages", message("Hello again"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(rules(refused)).contains("MESSAGING_SUSPENDED");
		assertThat(get(seller, API + "/settings/messaging").body().get("messagingStatus").asString())
			.isEqualTo("SUSPENDED");
		JsonNode history = get(admin, API + "/admin/sellers/" + seller.id()).body();
		assertThat(history.get("decisions").get(0).get("reason").asString())
			.isEqualTo("Repeated harassment of buyers.");
		Response again = post(admin, API + "/admin/flags/" + flag.get("flagId").asLong() + "/decision",
				Map.of("decision", "DISMISS", "reason", "twice"));
		assertThat(again.status()).isEqualTo(400);
	}

	@Test
	void messagingActionsExplainEveryUnavailableAction() {
		Party buyer = buyer();
		Party seller = seller();
		Order old = order(buyer, seller, Duration.ofDays(40));

		JsonNode actions = get(seller, API + "/orders/" + old.id() + "/messaging-actions").body().get("actions");
		JsonNode warranty = action(actions, "WARRANTY");
		assertThat(warranty.get("available").asBoolean()).isFalse();
		assertThat(warranty.get("reasons").get(0).get("code").asString()).isEqualTo("PROACTIVE_WINDOW");
		assertThat(warranty.get("reasons").get(0).get("message").asString()).isNotBlank();
		// with nothing awaiting, a reply is a proactive follow-up: the window applies
		assertThat(action(actions, "REPLY").get("proactive").asBoolean()).isTrue();
		assertThat(action(actions, "REPLY").get("reasons").get(0).get("code").asString()).isEqualTo("PROACTIVE_WINDOW");

		Order recent = order(buyer, seller, Duration.ofDays(8));
		this.accounts.saveBuyerSettings(buyer.account().id(), new BuyerSettings(true));
		JsonNode recentActions = get(seller, API + "/orders/" + recent.id() + "/messaging-actions").body()
			.get("actions");
		assertThat(action(recentActions, "CONFIRM_DELIVERY_DETAILS").get("available").asBoolean()).isTrue();
		assertThat(action(recentActions, "CONFIRM_DELIVERY_DETAILS").get("delivery").asString()).isEqualTo("DELIVERED");
		JsonNode tip = action(recentActions, "UNEXPECTED_PROBLEM");
		assertThat(tip.get("available").asBoolean()).isTrue();
		assertThat(tip.get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		assertThat(tip.get("reasons").get(0).get("code").asString()).isEqualTo("BUYER_OPTED_OUT");
		// a review request obeys the opt-out like any non-critical proactive message
		JsonNode review = action(recentActions, "REQUEST_REVIEW");
		assertThat(review.get("available").asBoolean()).isTrue();
		assertThat(review.get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");

		JsonNode buyerActions = get(buyer, API + "/orders/" + recent.id() + "/messaging-actions").body().get("actions");
		assertThat(buyerActions).hasSize(1);
		assertThat(action(buyerActions, "BUYER_QUESTION").get("available").asBoolean()).isTrue();
	}

	@Test
	void theDryRunMakesTheSameChecksAsASendAndStoresNothing() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));

		Response check = post(seller, API + "/policy/check", Map.of("orderId", order.id().value(), "action",
				"UNEXPECTED_PROBLEM", "body", "<p>Call me at +1 415 555 0134 <script>alert(1)</script></p>"));

		assertThat(check.status()).as(check.toString()).isEqualTo(200);
		assertThat(check.body().get("verdict").asString()).isEqualTo("BLOCK");
		assertThat(check.body().get("violations").valueStream().map((v) -> v.get("rule").asString()))
			.contains("CONTACT_PHONE");
		assertThat(check.body().get("sanitizedHtml").asString()).doesNotContain("<script");
		assertThat(this.conversations.find(new ThreadKey(buyer.account().id(), seller.account().id(), order.id())))
			.isEmpty();
	}

	@Test
	void ordersAreListedNewestFirstWithCursorsAndTheFeedCreatesAndUpdatesThem() {
		Party buyer = buyer();
		Party seller = seller();
		Party admin = admin();
		for (int i = 0; i < 3; i++) {
			order(buyer, seller, Duration.ofDays(10 - i));
		}
		JsonNode first = get(buyer, API + "/orders?limit=2").body();
		assertThat(first.get("items")).hasSize(2);
		JsonNode second = get(buyer, API + "/orders?limit=2&cursor=" + first.get("nextCursor").asString()).body();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("nextCursor").isNull()).isTrue();

		String orderId = newOrderId().value();
		Map<String, Object> feed = Map.of("orderId", orderId, "buyerId", buyer.id(), "sellerId", seller.id(), "items",
				List.of(Map.of("title", "Lamp", "quantity", 2)), "placedAt", "2026-01-02T10:00:00Z");
		assertThat(post(admin, API + "/admin/orders", feed).status()).isEqualTo(201);
		Map<String, Object> delivered = new java.util.HashMap<>(feed);
		delivered.put("deliveredAt", "2026-01-05T10:00:00Z");
		Response updated = post(admin, API + "/admin/orders", delivered);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(get(seller, API + "/orders/" + orderId).body().get("state").asString()).isEqualTo("DELIVERED");
		assertThat(get(seller, API + "/orders/" + orderId).body().toString()).doesNotContain("@example.test");
	}

	@Test
	void tokensAreIssuedForCredentialsListedAndRevoked() {
		Party buyer = buyer();
		Response issued = post(null, API + "/auth/tokens",
				Map.of("email", buyer.account().email(), "password", PASSWORD, "name", "my script"));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		String token = issued.body().get("token").asString();
		Party viaToken = new Party(buyer.account(), token);
		assertThat(get(viaToken, API + "/orders").status()).isEqualTo(200);
		assertThat(get(viaToken, API + "/auth/tokens").text()).doesNotContain(token);

		assertThat(delete(viaToken, API + "/auth/tokens/" + issued.body().get("tokenId").asLong()).status())
			.isEqualTo(204);
		Response afterRevoke = get(viaToken, API + "/orders");
		assertThat(afterRevoke.status()).isEqualTo(401);
		assertThat(afterRevoke.header("Content-Type")).startsWith("application/problem+json");

		Response wrong = post(null, API + "/auth/tokens", Map.of("email", buyer.account().email(), "password", "nope"));
		assertThat(wrong.status()).isEqualTo(401);
	}

	@Test
	void settingsAreReadAndWrittenPerRole() {
		Party buyer = buyer();
		Party seller = seller();
		assertThat(put(buyer, API + "/settings/messaging", Map.of("optOutNonEssential", true)).body()
			.get("optOutNonEssential")
			.asBoolean()).isTrue();
		assertThat(get(buyer, API + "/settings/messaging").body().get("optOutNonEssential").asBoolean()).isTrue();

		JsonNode saved = put(seller, API + "/settings/messaging",
				Map.of("buyerMessagesEnabled", false, "notificationEmail", "ops@northwind.example"))
			.body();
		assertThat(saved.get("buyerMessagesEnabled").asBoolean()).isFalse();
		assertThat(saved.get("messagingStatus").asString()).isEqualTo("ACTIVE");
		assertThat(put(seller, API + "/settings/messaging",
				Map.of("buyerMessagesEnabled", true, "notificationEmail", "not an address"))
			.status()).isEqualTo(400);
	}

	@Test
	void malformedInputGetsAClearProblem() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, null);

		Response notJson = post(buyer, API + "/orders/" + order.id() + "/messages", "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.body().get("code").asString()).isEqualTo("INVALID_REQUEST");
		Response noBody = post(buyer, API + "/orders/" + order.id() + "/messages", Map.of("topic", "OTHER"));
		assertThat(noBody.status()).isEqualTo(400);
		assertThat(post(buyer, API + "/orders/" + order.id() + "/messages", Map.of("body", "hi", "action", "LAUNCH"))
			.status()).isEqualTo(400);
		assertThat(get(buyer, API + "/threads?filter=flagged").status()).isEqualTo(400);
		assertThat(get(buyer, API + "/threads?cursor=forged").status()).isEqualTo(400);
		assertThat(get(buyer, API + "/orders/not-an-order").status()).isEqualTo(404);
		Response huge = post(buyer, API + "/orders/" + order.id() + "/messages", message("x".repeat(400_000)));
		assertThat(huge.status()).isEqualTo(413);
	}

	@Test
	void adminsVerifyAThreadsHashChain() {
		Party buyer = buyer();
		Party seller = seller();
		Party admin = admin();
		Order order = order(buyer, seller, Duration.ofDays(2));
		long threadId = post(buyer, API + "/orders/" + order.id() + "/messages", message("Is it in stock?")).body()
			.get("threadId")
			.asLong();
		post(seller, API + "/threads/" + threadId + "/messages", message("Yes, it ships today."));
		post(buyer, API + "/threads/" + threadId + "/messages", message("Great, thank you."));

		JsonNode verified = get(admin, API + "/admin/threads/" + threadId + "/verify").body();

		assertThat(verified.get("intact").asBoolean()).isTrue();
		assertThat(verified.get("messagesChecked").asInt()).isEqualTo(3);
		assertThat(verified.get("firstBroken").isNull()).isTrue();
		JsonNode messages = get(admin, API + "/threads/" + threadId).body().get("messages");
		assertThat(messages.valueStream().map((m) -> m.get("hash").asString()).distinct()).hasSize(3);
		assertThat(get(admin, API + "/admin/threads/999999999/verify").status()).isEqualTo(404);
	}

	@Test
	void theOpenApiDescriptionListsTheEndpoints() {
		Response docs = get(null, "/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").propertyNames()).contains(API + "/orders/{orderId}/messages",
				API + "/threads", API + "/policy/check", API + "/admin/flags/{flagId}/decision");
	}

	static List<String> rules(Response response) {
		return response.body().get("violations").valueStream().map((v) -> v.get("rule").asString()).toList();
	}

	static JsonNode action(JsonNode actions, String name) {
		return actions.valueStream()
			.filter((a) -> a.get("action").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action " + name + " in " + actions));
	}

}
