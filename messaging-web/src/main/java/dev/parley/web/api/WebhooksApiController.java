package dev.parley.web.api;

import java.time.Instant;
import java.util.List;

import dev.parley.core.integration.WebhookDelivery;
import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.WebhookEvent;
import dev.parley.web.platform.Caller;
import dev.parley.web.webhook.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints of a seller: register, change, rotate the secret, read the delivery
 * log, redeliver.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.API + "/webhooks")
@Tag(name = "Webhooks")
class WebhooksApiController {

	static final String EVENTS_DESCRIPTION = "Deliveries are POSTed as JSON {\"type\", \"timestamp\", \"data\"} "
			+ "with the Standard Webhooks headers webhook-id (evt_<n>, the same on every retry and redelivery: "
			+ "drop duplicates by it), webhook-timestamp (Unix seconds) and webhook-signature: a space-separated "
			+ "list of v1,<base64 HMAC-SHA256> over \"<webhook-id>.<webhook-timestamp>.<body>\", keyed with the "
			+ "base64-decoded part of the secret after whsec_. Answer 2xx within 10 seconds; anything else is "
			+ "retried with exponential backoff, in order, and a run of failures disables the endpoint.";

	private final WebhookService webhooks;

	WebhooksApiController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
			description = "Registers an https receiver for the chosen event types; it receives events from now on. "
					+ "The answer carries the signing secret. Receivers on private, loopback or link-local "
					+ "addresses are refused. " + EVENTS_DESCRIPTION)
	EndpointJson create(Caller caller, @Valid @RequestBody EndpointRequest request) {
		return EndpointJson
			.of(this.webhooks.register(caller, request.url(), request.description(), request.eventTypes()));
	}

	@GetMapping
	@Operation(operationId = "listWebhooks", summary = "List webhook endpoints",
			description = "The caller's endpoints, oldest first, with their secrets.")
	List<EndpointJson> list(Caller caller) {
		return this.webhooks.endpoints(caller).stream().map(EndpointJson::of).toList();
	}

	@GetMapping("/{endpointId}")
	@Operation(operationId = "getWebhook", summary = "Get a webhook endpoint",
			description = "One of the caller's endpoints.")
	EndpointJson one(Caller caller, @PathVariable long endpointId) {
		return EndpointJson.of(this.webhooks.endpoint(caller, endpointId));
	}

	@PutMapping("/{endpointId}")
	@Operation(operationId = "updateWebhook", summary = "Change a webhook endpoint",
			description = "Replaces URL, description, event types and the enabled switch. Enabling a disabled "
					+ "endpoint clears its failure run; the events it missed are delivered.")
	EndpointJson update(Caller caller, @PathVariable long endpointId, @Valid @RequestBody EndpointUpdate request) {
		return EndpointJson.of(this.webhooks.update(caller, endpointId, request.url(), request.description(),
				request.eventTypes(), request.enabled()));
	}

	@DeleteMapping("/{endpointId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
			description = "Deletes the endpoint and its delivery log.")
	void delete(Caller caller, @PathVariable long endpointId) {
		this.webhooks.delete(caller, endpointId);
	}

	@PostMapping("/{endpointId}/secret")
	@Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
			description = "A new secret signs from now on; the old one adds a second signature for 24 hours, so "
					+ "that a receiver can switch without losing deliveries.")
	EndpointJson rotate(Caller caller, @PathVariable long endpointId) {
		return EndpointJson.of(this.webhooks.rotateSecret(caller, endpointId));
	}

	@GetMapping("/{endpointId}/deliveries")
	@Operation(operationId = "listWebhookDeliveries", summary = "Delivery log",
			description = "The endpoint's deliveries, newest first, with the last attempt's status, latency and "
					+ "the start of the receiver's answer.")
	List<DeliveryJson> deliveries(Caller caller, @PathVariable long endpointId,
			@Parameter(description = "only deliveries older than this delivery id") @RequestParam(
					required = false) @Nullable Long before,
			@Parameter(description = "page size, 1 to 100 (default 25)",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100")) @RequestParam(
							required = false) @Nullable Integer limit) {
		return this.webhooks.deliveries(caller, endpointId, before, Paging.limit(limit))
			.stream()
			.map(DeliveryJson::of)
			.toList();
	}

	@PostMapping("/{endpointId}/deliveries/{deliveryId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "redeliverWebhook", summary = "Redeliver an event",
			description = "Queues the delivery's event again, with the same webhook-id and body, behind the "
					+ "endpoint's pending deliveries.")
	DeliveryJson redeliver(Caller caller, @PathVariable long endpointId, @PathVariable long deliveryId) {
		return DeliveryJson.of(this.webhooks.redeliver(caller, endpointId, deliveryId));
	}

	/**
	 * A new endpoint.
	 *
	 * @param url the https receiver
	 * @param description a label
	 * @param eventTypes the event types to receive
	 */
	@Schema(name = "WebhookEndpointRequest")
	record EndpointRequest(@NotBlank @Size(max = 2000) @Schema(example = "https://hooks.example.com/parley") String url,
			@Size(max = 200) @Nullable String description, @NotEmpty @ArraySchema(schema = @Schema(allowableValues = {
					"message.received", "message.sent", "message.withheld", "thread.due_soon", "thread.overdue",
					"flag.decided", "notice.created", "review_request.sent" })) List<@NotBlank String> eventTypes){
	}

	/**
	 * A changed endpoint.
	 *
	 * @param url the https receiver
	 * @param description a label
	 * @param eventTypes the event types to receive
	 * @param enabled whether deliveries go out
	 */
	@Schema(name = "WebhookEndpointUpdate")
	record EndpointUpdate(@NotBlank @Size(max = 2000) String url, @Size(max = 200) @Nullable String description,
			@NotEmpty @ArraySchema(schema = @Schema(allowableValues = {
					"message.received", "message.sent", "message.withheld", "thread.due_soon", "thread.overdue",
					"flag.decided", "notice.created", "review_request.sent" })) List<@NotBlank String> eventTypes,
			@NotNull Boolean enabled){
	}

	/**
	 * An endpoint.
	 *
	 * @param endpointId the id
	 * @param url the receiver
	 * @param description the label
	 * @param eventTypes the event types it receives
	 * @param secret the signing secret (whsec_...)
	 * @param enabled whether deliveries go out
	 * @param disabledReason why it was disabled, or null
	 * @param consecutiveFailures failed attempts since the last success
	 * @param createdAt when registered
	 */
	@Schema(name = "WebhookEndpoint")
	record EndpointJson(long endpointId, String url, String description, List<String> eventTypes,
			@Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret, boolean enabled,
			@Nullable String disabledReason, int consecutiveFailures, Instant createdAt) {

		static EndpointJson of(WebhookEndpoint endpoint) {
			return new EndpointJson(endpoint.id(), endpoint.url().toString(), endpoint.description(),
					endpoint.events().stream().map(WebhookEvent::wireName).sorted().toList(), endpoint.secret(),
					endpoint.enabled(), endpoint.disabledReason(), endpoint.consecutiveFailures(),
					endpoint.createdAt());
		}

	}

	/**
	 * A delivery.
	 *
	 * @param deliveryId the id
	 * @param webhookId the webhook-id header (the event id)
	 * @param type the event type
	 * @param status PENDING or SUCCEEDED
	 * @param attempts attempts so far
	 * @param createdAt when queued
	 * @param lastAttemptAt when last attempted, or null
	 * @param lastStatus the receiver's HTTP status, or null (no answer)
	 * @param lastLatencyMillis how long the last attempt took
	 * @param lastError why no answer came, or null
	 * @param responseExcerpt the start of the receiver's answer
	 * @param payload the body sent
	 */
	@Schema(name = "WebhookDelivery")
	record DeliveryJson(long deliveryId, String webhookId, String type, @Schema(allowableValues = {
			"PENDING", "SUCCEEDED" }) String status, int attempts, Instant createdAt, @Nullable Instant lastAttemptAt,
			@Nullable Integer lastStatus, @Nullable Integer lastLatencyMillis, @Nullable String lastError,
			@Nullable String responseExcerpt, String payload){

		static DeliveryJson of(WebhookDelivery delivery) {
			return new DeliveryJson(delivery.id(), delivery.eventId(), delivery.type(),
					delivery.succeeded() ? "SUCCEEDED" : "PENDING", delivery.attempts(), delivery.createdAt(),
					delivery.lastAttemptAt(), delivery.lastStatus(), delivery.lastLatencyMillis(), delivery.lastError(),
					delivery.responseExcerpt(), delivery.payload());
		}

	}

}
