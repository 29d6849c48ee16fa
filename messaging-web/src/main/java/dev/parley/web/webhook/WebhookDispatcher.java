package dev.parley.web.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.parley.core.account.Accounts;
import dev.parley.core.inbox.ThreadChanged;
import dev.parley.core.integration.Changes;
import dev.parley.core.integration.WebhookDelivery;
import dev.parley.core.integration.WebhookEndpoint;
import dev.parley.core.integration.Webhooks;
import dev.parley.core.integration.Webhooks.Attempt;
import dev.parley.core.integration.Webhooks.DisabledNotice;
import dev.parley.core.integration.Webhooks.Lease;
import dev.parley.core.integration.Webhooks.Outcome;
import dev.parley.core.relay.Backoff;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Delivers the changes feed to webhook endpoints.
 * <p>
 * One coordinating thread per instance wakes when a message or thread event commits (the
 * {@link ThreadChanged} notifications of PostgreSQL's {@code LISTEN/NOTIFY}, which the
 * live updates use too), when a turn ends, at the earliest retry it scheduled, and at the
 * latest every {@code parley.webhooks.poll-interval} (events that notify nobody, such as
 * decisions and notices, or a lost notification). Each time it sequences the feed, now
 * and then raises the response-clock alerts, and leases a batch of due endpoints.
 * <p>
 * Each leased endpoint gets a turn of its own, endpoints in parallel: the turn takes the
 * endpoint's pending deliveries oldest first, groups them by thread and sends the groups
 * in parallel (at most {@code per-endpoint} requests at once, {@code parallelism} in all
 * on this instance), each group's deliveries one after the other, so one delivery per
 * endpoint and thread is in flight and a thread's events arrive in feed order. An event
 * of no thread (a notice) keeps its place in the feed order of everything: it is sent on
 * its own, after the deliveries before it and before those after it. The first failure
 * stops the turn (in-flight requests finish; the failed thread's later deliveries wait)
 * and makes the endpoint due again after an exponential backoff counted over the
 * endpoint's run of failed turns, which a success resets; the run that reaches
 * {@code parley.webhooks.disable-after} disables the endpoint with a platform notice. An
 * endpoint in a failure run is probed with one request at a time. The turn's attempts are
 * recorded together when it ends.
 * <p>
 * At least once: a delivery is marked after the receiver answered 2xx; a crash in between
 * sends it again with the same {@code webhook-id}, by which receivers drop duplicates.
 */
class WebhookDispatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WebhookDispatcher.class);

	static final Duration RESPONSE_TIME = Duration.ofHours(24);

	private static final int SEQUENCE_BATCH = 2000;

	private static final int DELIVERY_BATCH = 200;

	/**
	 * The first wait while the feed holds events whose transactions are not yet final.
	 */
	private static final Duration BACKLOG_RETRY = Duration.ofMillis(5);

	private static final Duration ERROR_RETRY_MAX = Duration.ofSeconds(30);

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

	/** Permits for turns: one per endpoint served at the same time. */
	private final Semaphore turns;

	private final AtomicInteger turnsRunning = new AtomicInteger();

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running;

	private volatile Instant nextRetry = Instant.MAX;

	private Instant nextDueScan = Instant.MIN;

	private ExecutorService turnPool;

	private ExecutorService deliveryPool;

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
		this.turns = new Semaphore(properties.parallelism());
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public void start() {
		this.running = true;
		this.turnPool = Executors.newFixedThreadPool(this.properties.parallelism(), named("webhook-turn-"));
		this.deliveryPool = Executors.newFixedThreadPool(this.properties.parallelism(), named("webhook-delivery-"));
		this.thread = new Thread(this::loop, "webhook-dispatcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
		}
		long waitMillis = this.properties.timeout().toMillis() + 1000;
		try {
			if (this.thread != null) {
				this.thread.join(waitMillis);
			}
			// Turns stop before their next attempt and record what they did.
			this.turnPool.shutdown();
			this.turnPool.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.turnPool.shutdownNow();
		this.deliveryPool.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	/** A message or thread event committed (on any instance): its events are due. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void changed(ThreadChanged change) {
		wake();
	}

	/** Notifications may have been lost: look now. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void missed(ThreadChanged.Missed missed) {
		wake();
	}

	private void wake() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	private void loop() {
		Duration errorWait = this.properties.pollInterval();
		Duration backlogWait = BACKLOG_RETRY;
		while (this.running) {
			Duration wait;
			try {
				boolean backlog = runOnce();
				errorWait = this.properties.pollInterval();
				if (backlog) {
					// Events of transactions that are not final yet: their commits may
					// notify nobody (a transaction of another kind), so look again soon.
					wait = backlogWait;
					backlogWait = min(backlogWait.multipliedBy(2), this.properties.pollInterval());
				}
				else {
					backlogWait = BACKLOG_RETRY;
					wait = untilNextRetry();
				}
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Webhooks: could not dispatch (" + ex.getMessage() + "); trying again in " + errorWait);
				wait = errorWait;
				errorWait = min(errorWait.multipliedBy(2), ERROR_RETRY_MAX);
			}
			try {
				if (this.wake.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS)) {
					this.wake.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private Duration untilNextRetry() {
		Duration poll = this.properties.pollInterval();
		Instant retry = this.nextRetry;
		if (retry.equals(Instant.MAX)) {
			return poll;
		}
		Duration until = Duration.between(this.clock.instant(), retry);
		return until.isNegative() ? Duration.ZERO : min(until, poll);
	}

	/**
	 * One look: sequence, alerts when due, then a turn for each due endpoint there is
	 * room for.
	 * @return whether events wait for their transactions to become final
	 */
	boolean runOnce() {
		int moved;
		do {
			moved = this.changes.sequence(SEQUENCE_BATCH);
		}
		while (moved == SEQUENCE_BATCH);
		Instant now = this.clock.instant();
		if (!now.isBefore(this.nextDueScan)) {
			this.changes.raiseDueAlerts(now, RESPONSE_TIME, this.properties.dueSoonLead());
			this.nextDueScan = now.plus(this.properties.dueScanInterval());
		}
		if (!now.isBefore(this.nextRetry)) {
			this.nextRetry = Instant.MAX;
		}
		int room = this.turns.availablePermits();
		if (room > 0) {
			Instant leaseEnd = now.plus(this.properties.lease());
			List<Lease> leases = this.webhooks.claimDue(now, leaseEnd, room);
			for (Lease lease : leases) {
				this.turns.acquireUninterruptibly();
				this.turnsRunning.incrementAndGet();
				this.turnPool.execute(() -> {
					try {
						turn(lease, leaseEnd);
					}
					catch (RuntimeException ex) {
						logger.warn("Webhooks: a turn of endpoint " + lease.endpoint().id() + " failed ("
								+ ex.getMessage() + ")");
						releaseQuietly(lease);
					}
					finally {
						this.turnsRunning.decrementAndGet();
						this.turns.release();
						wake();
					}
				});
			}
		}
		return this.changes.unsequenced();
	}

	/**
	 * How many endpoints are being served now (for tests).
	 * @return turns in progress
	 */
	int turnsRunning() {
		return this.turnsRunning.get();
	}

	private void turn(Lease lease, Instant leaseEnd) {
		WebhookEndpoint endpoint = lease.endpoint();
		List<Queue<WebhookDelivery>> groups = groups(this.webhooks.pending(lease, DELIVERY_BATCH));
		Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		Queue<Queue<WebhookDelivery>> todo = new ConcurrentLinkedQueue<>(groups);
		int workers = Math.min(groups.size(), (endpoint.consecutiveFailures() > 0) ? 1 : this.properties.perEndpoint());
		Runnable worker = () -> {
			Queue<WebhookDelivery> group;
			while ((group = todo.poll()) != null) {
				for (WebhookDelivery delivery : group) {
					// Leave room for one more attempt within the lease, so that no other
					// worker sends the same delivery while this one waits for an answer.
					if (stop.get() || !this.running
							|| this.clock.instant().plus(this.properties.timeout().multipliedBy(2)).isAfter(leaseEnd)) {
						return;
					}
					Outcome outcome = new Outcome(delivery.id(), attempt(endpoint, delivery));
					outcomes.add(outcome);
					if (!outcome.succeeded()) {
						stop.set(true);
						return;
					}
				}
			}
		};
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			running.add(this.deliveryPool.submit(worker));
		}
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		for (Future<?> future : running) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stop.set(true);
			}
			catch (ExecutionException ex) {
				failure.compareAndSet(null, new IllegalStateException(ex.getCause()));
				stop.set(true);
			}
		}
		if (failure.get() != null) {
			// What was attempted is recorded; the rest waits for the next turn.
			finish(lease, new ArrayList<>(outcomes));
			throw failure.get();
		}
		finish(lease, new ArrayList<>(outcomes));
	}

	/** After a turn that broke: due again now rather than when the lease runs out. */
	private void releaseQuietly(Lease lease) {
		try {
			Instant now = this.clock.instant();
			this.webhooks.finish(lease, List.of(), now, now, this.properties.disableAfter(),
					() -> notice(lease.endpoint()));
		}
		catch (RuntimeException ex) {
			logger.debug("Webhooks: could not release endpoint " + lease.endpoint().id(), ex);
		}
	}

	private void finish(Lease lease, List<Outcome> outcomes) {
		WebhookEndpoint endpoint = lease.endpoint();
		boolean succeeded = outcomes.stream().anyMatch(Outcome::succeeded);
		int run = (succeeded ? 0 : endpoint.consecutiveFailures()) + 1;
		Instant now = this.clock.instant();
		Instant retryAt = this.backoff.nextAttempt(run, now, Math::random)
			.orElseGet(() -> now.plus(this.properties.retryMax()));
		int failures = this.webhooks.finish(lease, outcomes, now, retryAt, this.properties.disableAfter(),
				() -> notice(endpoint));
		if (failures > 0) {
			if (retryAt.isBefore(this.nextRetry)) {
				this.nextRetry = retryAt;
			}
			if (failures >= this.properties.disableAfter()) {
				logger.warn("Webhooks: endpoint " + endpoint.id() + " disabled after " + failures
						+ " failed attempts in a row");
			}
		}
	}

	/**
	 * The turn's deliveries: the leading run of thread events grouped by thread in feed
	 * order, or, when the oldest pending delivery belongs to no thread, that one alone.
	 */
	static List<Queue<WebhookDelivery>> groups(List<WebhookDelivery> pending) {
		if (pending.isEmpty()) {
			return List.of();
		}
		if (pending.get(0).thread() == null) {
			Queue<WebhookDelivery> alone = new ConcurrentLinkedQueue<>();
			alone.add(pending.get(0));
			return List.of(alone);
		}
		Map<Long, Queue<WebhookDelivery>> byThread = new LinkedHashMap<>();
		for (WebhookDelivery delivery : pending) {
			if (delivery.thread() == null) {
				break;
			}
			byThread.computeIfAbsent(delivery.thread(), (thread) -> new ConcurrentLinkedQueue<>()).add(delivery);
		}
		return new ArrayList<>(byThread.values());
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

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private static int millisSince(long started) {
		return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

}
