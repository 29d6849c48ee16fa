package dev.parley.web.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.parley.core.account.Role;
import dev.parley.core.integration.WebhookDelivery;
import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.WebhookEvent;
import dev.parley.core.integration.Webhooks;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A seller's webhook endpoints, for the settings page and the API alike: register (the
 * receiver checked by the {@link ReceiverGuard}), change, rotate the secret, read the
 * delivery log, redeliver. Another owner's endpoint is not found.
 */
@Service
public class WebhookService {

	private static final int MAX_DESCRIPTION = 200;

	private final Webhooks webhooks;

	private final WebhookProperties properties;

	private final ReceiverGuard guard;

	private final Clock clock;

	WebhookService(Webhooks webhooks, WebhookProperties properties, Clock clock) {
		this.webhooks = webhooks;
		this.properties = properties;
		this.guard = new ReceiverGuard(properties.allowPrivateReceivers(), properties.allowHttp());
		this.clock = clock;
	}

	public List<WebhookEndpoint> endpoints(Caller caller) {
		return this.webhooks.list(owner(caller).id());
	}

	public WebhookEndpoint endpoint(Caller caller, long id) {
		return this.webhooks.find(owner(caller).id(), id).orElseThrow(WebhookService::notFound);
	}

	/**
	 * Registers an endpoint; it receives events from now on.
	 * @param caller the seller
	 * @param url the receiver
	 * @param description a label, or null
	 * @param eventTypes wire names of the event types
	 * @return the endpoint, with its secret
	 * @throws BadRequestException when the URL or an event type is refused
	 */
	public WebhookEndpoint register(Caller caller, String url, @Nullable String description, List<String> eventTypes) {
		Caller owner = owner(caller);
		if (this.webhooks.list(owner.id()).size() >= this.properties.maxEndpoints()) {
			throw new BadRequestException("WEBHOOK_LIMIT",
					"at most " + this.properties.maxEndpoints() + " endpoints per account");
		}
		return this.webhooks.create(owner.id(), receiver(url), description(description), events(eventTypes),
				WebhookSignature.newSecret(), this.clock.instant());
	}

	public WebhookEndpoint update(Caller caller, long id, String url, @Nullable String description,
			List<String> eventTypes, boolean enabled) {
		return this.webhooks
			.update(owner(caller).id(), id, receiver(url), description(description), events(eventTypes), enabled,
					this.clock.instant())
			.orElseThrow(WebhookService::notFound);
	}

	public void delete(Caller caller, long id) {
		if (!this.webhooks.delete(owner(caller).id(), id)) {
			throw notFound();
		}
	}

	/**
	 * A new secret; the old one keeps signing (as a second signature) for
	 * {@code parley.webhooks.secret-overlap}.
	 * @param caller the seller
	 * @param id the endpoint
	 * @return the endpoint with its new secret
	 */
	public WebhookEndpoint rotateSecret(Caller caller, long id) {
		return this.webhooks
			.rotateSecret(owner(caller).id(), id, WebhookSignature.newSecret(),
					this.clock.instant().plus(this.properties.secretOverlap()))
			.orElseThrow(WebhookService::notFound);
	}

	public List<WebhookDelivery> deliveries(Caller caller, long id, @Nullable Long before, int limit) {
		endpoint(caller, id);
		return this.webhooks.deliveries(caller.id(), id, before, limit);
	}

	/**
	 * Queues a delivered (or pending) event again with the same webhook id.
	 * @param caller the seller
	 * @param id the endpoint
	 * @param delivery the delivery
	 * @return the new delivery
	 */
	public WebhookDelivery redeliver(Caller caller, long id, long delivery) {
		return this.webhooks.redeliver(owner(caller).id(), id, delivery, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("delivery"));
	}

	private URI receiver(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new BadRequestException("WEBHOOK_URL_INVALID", "the URL is not valid");
		}
		if (url.length() > 2000) {
			throw new BadRequestException("WEBHOOK_URL_INVALID", "the URL is longer than 2000 characters");
		}
		this.guard.refusal(uri).ifPresent((code) -> {
			throw new BadRequestException(code, explain(code));
		});
		return uri;
	}

	static String explain(String code) {
		return switch (code) {
			case "WEBHOOK_URL_INSECURE" -> "receivers must use https";
			case "WEBHOOK_URL_UNRESOLVABLE" -> "the receiver's host name does not resolve";
			case "WEBHOOK_URL_PRIVATE" -> "the receiver resolves to a private, loopback or link-local address";
			default -> "the URL must be an absolute https URL without user information or fragment";
		};
	}

	private static Set<WebhookEvent> events(List<String> names) {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		for (String name : names) {
			events.add(WebhookEvent.ofWireName(name)
				.orElseThrow(() -> new BadRequestException("WEBHOOK_EVENT_UNKNOWN", "unknown event type " + name)));
		}
		if (events.isEmpty()) {
			throw new BadRequestException("WEBHOOK_EVENTS_REQUIRED", "choose at least one event type");
		}
		return events;
	}

	private static String description(@Nullable String description) {
		String text = (description != null) ? description.strip() : "";
		if (text.length() > MAX_DESCRIPTION) {
			throw new BadRequestException("WEBHOOK_DESCRIPTION_TOO_LONG",
					"a description has at most " + MAX_DESCRIPTION + " characters");
		}
		return text;
	}

	private static Caller owner(Caller caller) {
		if (!caller.is(Role.SELLER)) {
			throw new AccessDeniedException("webhooks are for sellers");
		}
		return caller;
	}

	private static NotFoundException notFound() {
		return new NotFoundException("webhook endpoint");
	}

}
