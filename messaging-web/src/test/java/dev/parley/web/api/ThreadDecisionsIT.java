package dev.parley.web.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.BuyerSettings;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.order.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge-case bugs of issue 11, each through the API a user would use: what the thread
 * model decides is what the send stores, and what the dry run and the action list
 * predict.
 */
class ThreadDecisionsIT extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReviewRequestNeverAnswersAnAwaitingBuyerMessageAndObeysTheOptOut() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(10));
		Response question = post(buyer, API + "/orders/" + order.id() + "/messages",
				message("BUYER_QUESTION", "Does the organizer fit a 60 cm drawer?"));
		long threadId = question.body().get("threadId").asLong();
		this.accounts.saveBuyerSettings(buyer.account().id(), new BuyerSettings(true));
		String dueBefore = get(seller, API + "/threads/" + threadId).body().get("dueAt").asString();

		JsonNode predicted = MessagingApiIT.action(
				get(seller, API + "/orders/" + order.id() + "/messaging-actions").body().get("actions"),
				"REQUEST_REVIEW");
		assertThat(predicted.get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		Response review = post(seller, API + "/orders/" + order.id() + "/review-request", null);

		assertThat(review.status()).as(review.toString()).isEqualTo(201);
		assertThat(review.body().get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		assertThat(review.body().get("proactive").asBoolean()).isTrue();
		JsonNode thread = get(seller, API + "/threads/" + threadId).body();
		assertThat(thread.get("dueAt").asString()).isEqualTo(dueBefore);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM response_record WHERE thread_id = ?", Long.class,
				threadId))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_email o JOIN message m ON m.id = o.message_id "
				+ "WHERE m.thread_id = ? AND m.action = 'REQUEST_REVIEW'", Long.class, threadId))
			.isZero();
		JsonNode inbox = get(seller, API + "/threads?filter=needs-response").body();
		assertThat(inbox.get("items").valueStream().map((item) -> item.get("threadId").asLong())).contains(threadId);
		assertThat(get(buyer, API + "/threads/" + threadId).body().get("messages")).hasSize(1);
	}

	@Test
	void theReviewRequestsThreadTitleIsInTheBuyersLanguage() {
		Party buyer = party(Role.BUYER, Language.ES, false);
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(10));

		Response review = post(seller, API + "/orders/" + order.id() + "/review-request", null);

		assertThat(review.status()).as(review.toString()).isEqualTo(201);
		long threadId = review.body().get("threadId").asLong();
		assertThat(get(buyer, API + "/threads/" + threadId).body().get("subject").asString())
			.isEqualTo("Solicitud de reseña sobre el pedido " + order.id().value());
	}

	@Test
	void theDryRunSaysWhenAMessageWouldBeWithheldAndTheSendDoesExactlyThat() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(3));
		this.accounts.saveBuyerSettings(buyer.account().id(), new BuyerSettings(true));
		Map<String, Object> tip = message("PRODUCT_INSTRUCTIONS", "Oil the walnut once a month with a soft cloth.");

		Response check = post(seller, API + "/policy/check",
				Map.of("orderId", order.id().value(), "action", "PRODUCT_INSTRUCTIONS", "body", tip.get("body")));
		Response send = post(seller, API + "/orders/" + order.id() + "/messages", tip);

		assertThat(check.status()).as(check.toString()).isEqualTo(200);
		assertThat(check.body().get("verdict").asString()).isEqualTo("ALLOW");
		assertThat(check.body().get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		assertThat(check.body().get("withheld").get("reason").asString()).isEqualTo("BUYER_OPTED_OUT");
		assertThat(check.body().get("withheld").get("message").asString()).isNotBlank();
		assertThat(send.body().get("delivery").asString()).isEqualTo(check.body().get("delivery").asString());

		Response critical = post(seller, API + "/policy/check", Map.of("orderId", order.id().value(), "action",
				"SHIPPING_ADDRESS_ISSUE", "body", "The house number is missing."));
		assertThat(critical.body().get("delivery").asString()).isEqualTo("DELIVERED");
		assertThat(critical.body().get("withheld").isNull()).isTrue();
	}

	@Test
	void aBuyerNeverSeesTheSubjectOrExistenceOfAMessageWithheldFromThem() {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(3));
		this.accounts.saveBuyerSettings(buyer.account().id(), new BuyerSettings(true));

		Response withheld = post(seller, API + "/orders/" + order.id() + "/messages", Map.of("action",
				"PRODUCT_INSTRUCTIONS", "subject", "Zanzibarian care secrets", "body", "Oil the walnut once a month."));
		assertThat(withheld.body().get("delivery").asString()).isEqualTo("NOT_DELIVERED_OPTED_OUT");
		long threadId = withheld.body().get("threadId").asLong();

		assertThat(get(buyer, API + "/threads/" + threadId).status()).isEqualTo(404);
		assertThat(get(buyer, API + "/threads?q=Zanzibarian").body().get("items")).isEmpty();

		Response critical = post(seller, API + "/orders/" + order.id() + "/messages",
				Map.of("action", "SHIPPING_ADDRESS_ISSUE", "subject", "House number", "body",
						"The carrier reports that the house number is missing."));
		assertThat(critical.body().get("delivery").asString()).isEqualTo("DELIVERED");

		JsonNode view = get(buyer, API + "/threads/" + threadId).body();
		assertThat(view.get("subject").asString()).doesNotContain("Zanzibarian").contains("House number");
		assertThat(view.get("messages")).hasSize(1);
		JsonNode inbox = get(buyer, API + "/threads").body();
		JsonNode row = inbox.get("items")
			.valueStream()
			.filter((item) -> item.get("threadId").asLong() == threadId)
			.findFirst()
			.orElseThrow();
		assertThat(row.get("subject").asString()).doesNotContain("Zanzibarian");
		assertThat(get(buyer, API + "/threads?q=Zanzibarian").body().get("items")).isEmpty();
		assertThat(get(seller, API + "/threads?q=Zanzibarian").body().get("items")).hasSize(1);
	}

	@Test
	void reinstatingASuspendedSellerRestoresTheWarningInForceBeforeTheSuspension() {
		Party seller = seller();
		Party admin = admin();
		String decisions = API + "/admin/sellers/" + seller.account().id().value() + "/decisions";

		assertThat(post(admin, decisions, Map.of("decision", "WARN", "reason", "Promotional messages.")).status())
			.isEqualTo(201);
		assertThat(post(admin, decisions, Map.of("decision", "SUSPEND", "reason", "Harassment.")).status())
			.isEqualTo(201);
		assertThat(status(seller)).isEqualTo("SUSPENDED");
		Response reinstate = post(admin, decisions, Map.of("decision", "REINSTATE", "reason", "Appeal granted."));

		assertThat(reinstate.status()).as(reinstate.toString()).isEqualTo(201);
		assertThat(status(seller)).isEqualTo("WARNED");
		post(admin, decisions, Map.of("decision", "REINSTATE", "reason", "Warning lifted."));
		assertThat(status(seller)).isEqualTo("ACTIVE");
	}

	@Test
	void adminDecisionsOnAThreadsFlagsAreThreadEventsForThePartyConcernedAndAdmins() {
		Party buyer = buyer();
		Party seller = seller();
		Party admin = admin();
		Order order = order(buyer, seller, Duration.ofDays(2));
		// a buyer's external link is flagged for review (a seller's is refused)
		Response flagged = post(buyer, API + "/orders/" + order.id() + "/messages",
				message("Does it look like the one at https://woodcare.example.org/walnut-organizer?"));
		assertThat(flagged.body().get("flagged").asBoolean()).as(flagged.toString()).isTrue();
		long threadId = flagged.body().get("threadId").asLong();
		long flagId = get(admin, API + "/admin/flags?limit=100").body()
			.get("items")
			.valueStream()
			.filter((flag) -> flag.get("threadId").asLong() == threadId)
			.findFirst()
			.orElseThrow()
			.get("flagId")
			.asLong();
		assertThat(decisionEvents(buyer, threadId)).isEmpty();

		Response decided = post(admin, API + "/admin/flags/" + flagId + "/decision",
				Map.of("decision", "DISMISS", "reason", "A product comparison, not off-platform trade."));

		assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
		for (Party viewer : List.of(buyer, admin)) {
			List<JsonNode> events = decisionEvents(viewer, threadId);
			assertThat(events).hasSize(1);
			assertThat(events.get(0).get("actor").asString()).isEqualTo("ADMIN");
			assertThat(events.get(0).get("reason").asString()).isEqualTo("DISMISS");
			assertThat(events.get(0).get("note").asString()).isEqualTo("A product comparison, not off-platform trade.");
			assertThat(events.get(0).get("at").asString()).isNotBlank();
		}
		// the buyer's link was the buyer's conduct: the seller is not told of a decision
		// about the buyer
		assertThat(decisionEvents(seller, threadId)).isEmpty();
	}

	private List<JsonNode> decisionEvents(Party viewer, long threadId) {
		Response thread = get(viewer, API + "/threads/" + threadId);
		assertThat(thread.status()).as(thread.toString()).isEqualTo(200);
		return thread.body()
			.get("events")
			.valueStream()
			.filter((event) -> event.get("type").asString().equals("DECISION"))
			.toList();
	}

	private String status(Party seller) {
		return get(seller, API + "/settings/messaging").body().get("messagingStatus").asString();
	}

}
