package dev.parley.web.api;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.parley.client.ApiClient;
import dev.parley.client.ApiException;
import dev.parley.client.ApiResponse;
import dev.parley.client.api.AttachmentsApi;
import dev.parley.client.api.ChangesApi;
import dev.parley.client.api.OrdersApi;
import dev.parley.client.api.ThreadsApi;
import dev.parley.client.api.TokensApi;
import dev.parley.client.api.WebhooksApi;
import dev.parley.client.model.ActionJson;
import dev.parley.client.model.Change;
import dev.parley.client.model.ChangePage;
import dev.parley.client.model.MessageJson;
import dev.parley.client.model.OrderJson;
import dev.parley.client.model.RefusedProblem;
import dev.parley.client.model.SendRequest;
import dev.parley.client.model.SendResult;
import dev.parley.client.model.ThreadJson;
import dev.parley.client.model.TokenRequest;
import dev.parley.client.model.UploadJson;
import dev.parley.client.model.Violation;
import dev.parley.client.model.WebhookEndpoint;
import dev.parley.client.model.WebhookEndpointRequest;
import dev.parley.core.order.Order;
import dev.parley.web.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The contract test: a Java client generated at build time from the committed OpenAPI
 * document (which {@link OpenApiDocumentIT} keeps equal to the served one) runs an
 * integrator's whole flow against the running application. When the document and the
 * server disagree (a status, a schema, a parameter), this flow fails.
 */
class OpenApiContractIT extends IntegrationTestSupport {

	@TempDir
	Path files;

	@Test
	void aGeneratedClientRunsAnIntegratorsFlow() throws Exception {
		Party buyerParty = buyer();
		Party sellerParty = seller();
		Order order = order(buyerParty, sellerParty, Duration.ofDays(2));
		String orderId = order.id().value();

		// Tokens for an email and password, without a token.
		ApiClient buyer = client(token(buyerParty));
		ApiClient seller = client(token(sellerParty));

		List<OrderJson> orders = new OrdersApi(buyer).listOrders(null, 25).getItems();
		assertThat(orders).extracting(OrderJson::getOrderId).contains(orderId);
		List<ActionJson> actions = new OrdersApi(seller).listMessagingActions(orderId).getActions();
		assertThat(actions).extracting(ActionJson::getAction).contains("WARRANTY", "REQUEST_REVIEW");

		File receipt = this.files.resolve("receipt.txt").toFile();
		Files.writeString(receipt.toPath(), "Order receipt: 1 walnut desk organizer.\n");
		UploadJson upload = new AttachmentsApi(buyer).uploadAttachment(receipt);
		assertThat(upload.getContentType()).startsWith("text/plain");

		String key = UUID.randomUUID().toString();
		SendRequest question = new SendRequest().topic(SendRequest.TopicEnum.SHIPPING)
			.body("Hello, has my parcel left the warehouse? The receipt is attached.")
			.attachmentIds(List.of(upload.getAttachmentId()));
		ApiResponse<SendResult> sent = new OrdersApi(buyer).sendOrderMessageWithHttpInfo(orderId, question, key);
		assertThat(sent.getStatusCode()).isEqualTo(201);
		SendResult message = sent.getData();
		assertThat(message.getDelivery()).isEqualTo("DELIVERED");
		ApiResponse<SendResult> replayed = new OrdersApi(buyer).sendOrderMessageWithHttpInfo(orderId, question, key);
		assertThat(replayed.getStatusCode()).isEqualTo(201);
		assertThat(replayed.getHeaders().get("idempotent-replayed")).containsExactly("true");
		assertThat(replayed.getData().getMessageId()).isEqualTo(message.getMessageId());

		ThreadJson thread = new ThreadsApi(seller).getThread(Long.toString(message.getThreadId()));
		assertThat(thread.getMessages()).hasSize(1);
		MessageJson first = thread.getMessages().get(0);
		assertThat(first.getAttachments()).hasSize(1);
		assertThat(thread.getDueAt()).isNotNull();
		new ThreadsApi(seller).markThreadRead(Long.toString(message.getThreadId()));

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> new ThreadsApi(seller).replyToThread(Long.toString(message.getThreadId()),
						new SendRequest().body("Write to me at jane.doe@example.com instead."), null));
		assertThat(refused.getCode()).isEqualTo(422);
		RefusedProblem problem = seller.getObjectMapper().readValue(refused.getResponseBody(), RefusedProblem.class);
		assertThat(problem.getCode()).isEqualTo("MESSAGE_REFUSED");
		assertThat(problem.getViolations()).extracting(Violation::getRule).contains("CONTACT_EMAIL");
		Violation email = problem.getViolations().get(0);
		assertThat(email.getEnd()).isGreaterThan(email.getStart());

		try (TestReceiver receiver = new TestReceiver()) {
			WebhookEndpoint endpoint = new WebhooksApi(seller)
				.createWebhook(new WebhookEndpointRequest().url(receiver.url())
					.eventTypes(List.of(WebhookEndpointRequest.EventTypesEnum.MESSAGE_RECEIVED)));
			assertThat(endpoint.getSecret()).startsWith("whsec_");
			SendResult reply = new ThreadsApi(buyer).replyToThread(Long.toString(message.getThreadId()),
					new SendRequest().body("Also, could you confirm the colour is dark walnut?"), null);
			await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
			TestReceiver.Received delivery = receiver.received().get(0);
			assertThat(WebhookSignature.verify(endpoint.getSecret(), delivery.id(),
					Long.parseLong(delivery.timestamp()), delivery.body(), delivery.signature()))
				.isTrue();
			assertThat(delivery.body()).contains("\"messageId\": " + reply.getMessageId());
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> new ChangesApi(seller).listChanges(null, 100)
				.getItems()
				.stream()
				.anyMatch((change) -> change.getType() == Change.TypeEnum.THREAD_READ));
		ChangePage changes = new ChangesApi(seller).listChanges(null, 100);
		assertThat(changes.getItems()).extracting(Change::getType)
			.contains(Change.TypeEnum.MESSAGE_RECEIVED, Change.TypeEnum.THREAD_READ);
		ChangePage after = new ChangesApi(seller).listChanges(changes.getNextCursor(), 100);
		assertThat(after.getItems()).isEmpty();
		assertThat(after.getNextCursor()).isEqualTo(changes.getNextCursor());
	}

	private String token(Party party) throws ApiException {
		return new TokensApi(client(null))
			.createToken(new TokenRequest().email(party.account().email()).password(PASSWORD).name("contract"))
			.getToken();
	}

	private ApiClient client(String token) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		if (token != null) {
			client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		}
		return client;
	}

}
