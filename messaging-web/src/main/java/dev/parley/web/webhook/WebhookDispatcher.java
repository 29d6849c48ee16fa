package dev.parley.web.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.parley.core.account.Accounts;
import dev.parley.core.integration.Changes;
import dev.parley.core.integration.WebhookDelivery;
import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.Webhooks;
import dev.parley.core.integration.Webhooks.Attempt;
import dev.parley.core.integration.Webhooks.DisabledNotice;
import dev.parley.core.integration.Webhooks.Lease;
import dev.parley.core.relay.Backoff;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers the changes feed to webhook endpoints. Each poll it sequences the feed, now
 * and then raises the response-clock alerts, then leases due endpoints one at a time and
 * sends each one's pending deliveries oldest first, one request at a time: an endpoint
 * receives its events in feed order, so in order per thread. The first failure ends the
 * endpoint's turn and makes it due again after an exponential backoff (counted over the
 * endpoint's failure run, which a success resets); the run that reaches
 * {@code parley.webhooks.disable-after} disables the endpoint with a platform notice.
 * <p>
 * At least once: a delivery is marked after the receiver answered 2xx; a crash in between
 * sends it again with the same {@code webhook-id}, by which receivers drop duplicates.
 */
class WebhookDispatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WebhookDispatcher.class);

	static final Duration RESPONSE_TIME = Duration.ofHours(24);

	private static final int SEQUENCE_BATCH = 2000;

	private static final int DELIVERY_BATCH = 200;

	/** Endpoints served per poll before the feed is sequenced again. */
	private static final int ENDPOINTS_PER_POLL = 50;

	private static final int EXCERPT = 500;

	private final Changes changes;

	private final Webhooks webhooks;

	private final Accounts accounts;

	private final MessageSource messages;

	private final WebhookProperties properties;

	private final ReceiverGuard guard;

	private final Backoff backoff;

	private final Clock clock;

	private final HttpClient http;

	private volatile boolean running;

	private Instant nextDueScan = Instant.MIN;

	private Thread thread;

	WebhookDispatcher(Changes changes, Webhooks webhooks, Accounts accounts, MessageSource messages,
			WebhookProperties properties, Clock clock) {
		this.changes = changes;
		this.webhooks = webhooks;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
		this.guard = new ReceiverGuard(properties.allowPrivateReceivers(), properties.allowHttp());
		this.backoff = properties.backoff();
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::loop, "webhook-dispatcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(this.properties.timeout().toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	private void loop() {
		Duration idle = this.properties.pollInterval();
		while (this.running) {
			try {
				runOnce();
				idle = this.properties.pollInterval();
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Webhooks: could not dispatch (" + ex.getMessage() + "); trying again in " + idle);
				idle = idle.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
						: idle.multipliedBy(2);
			}
			try {
				Thread.sleep(idle.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * One poll: sequence, alerts when due, then the due endpoints.
	 * @return how many endpoints were served
	 */
	int runOnce() {
		while (this.changes.sequence(SEQUENCE_BATCH) == SEQUENCE_BATCH) {
			// a backlog: keep going
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(this.nextDueScan)) {
			this.changes.raiseDueAlerts(now, RESPONSE_TIME, this.properties.dueSoonLead());
			this.nextDueScan = now.plus(this.properties.dueScanInterval());
		}
		int served = 0;
		while (served < ENDPOINTS_PER_POLL && this.running) {
			Instant at = this.clock.instant();
			Optional<Lease> lease = this.webhooks.claimDue(at, at.plus(this.properties.lease()));
			if (lease.isEmpty()) {
				break;
			}
			serve(lease.get());
			served++;
		}
		return served;
	}

	private void serve(Lease lease) {
		Instant leaseEnd = this.clock.instant().plus(this.properties.lease());
		List<WebhookDelivery> pending = this.webhooks.pending(lease, DELIVERY_BATCH);
		for (WebhookDelivery delivery : pending) {
			// Leave room for one more attempt within the lease, so that no other worker
			// sends the same delivery while this one waits for an answer.
			if (!this.running
					|| this.clock.instant().plus(this.properties.timeout().multipliedBy(2)).isAfter(leaseEnd)) {
				break;
			}
			Attempt attempt = attempt(lease.endpoint(), delivery);
			if (attempt.status() != null && attempt.status() / 100 == 2) {
				if (!this.webhooks.succeeded(lease, delivery.id(), attempt)) {
					return;
				}
				continue;
			}
			int run = lease.endpoint().consecutiveFailures() + 1;
			Instant retryAt = this.backoff.nextAttempt(run, this.clock.instant(), Math::random)
				.orElseGet(() -> this.clock.instant().plus(this.properties.retryMax()));
			int failures = this.webhooks.failed(lease, delivery.id(), attempt, retryAt, this.properties.disableAfter(),
					notice(lease.endpoint()));
			if (failures >= this.properties.disableAfter()) {
				logger.warn("Webhooks: endpoint " + lease.endpoint().id() + " disabled after " + failures
						+ " failed attempts in a row");
			}
			this.webhooks.release(lease, retryAt);
			return;
		}
		this.webhooks.release(lease, this.clock.instant());
	}

	private Attempt attempt(WebhookEndpoint endpoint, WebhookDelivery delivery) {
		Instant at = this.clock.instant();
		long started = System.nanoTime();
		Optional<String> refusal = this.guard.refusal(endpoint.url());
		if (refusal.isPresent()) {
			return new Attempt(at, null, 0, "refused: " + WebhookService.explain(refusal.get()), null);
		}
		long timestamp = at.getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(endpoint.url())
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Parley-Webhooks/1")
			.header("webhook-id", delivery.eventId())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature",
					WebhookSignature.header(endpoint.signingSecrets(), delivery.eventId(), timestamp,
							delivery.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			String body = new String(response.body(), StandardCharsets.UTF_8);
			return new Attempt(at, response.statusCode(), millisSince(started), null,
					(body.length() > EXCERPT) ? body.substring(0, EXCERPT) : body);
		}
		catch (IOException ex) {
			return new Attempt(at, null, millisSince(started),
					ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : ""), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Attempt(at, null, millisSince(started), "interrupted", null);
		}
	}

	private DisabledNotice notice(WebhookEndpoint endpoint) {
		Locale locale = this.accounts.find(endpoint.owner())
			.map((account) -> account.language().locale())
			.orElse(Locale.ENGLISH);
		Object[] arguments = { endpoint.url().toString(), this.properties.disableAfter() };
		return new DisabledNotice(this.messages.getMessage("webhook.notice.disabled.subject", arguments, locale),
				this.messages.getMessage("webhook.notice.disabled.body", arguments, locale));
	}

	private static int millisSince(long started) {
		return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

}
