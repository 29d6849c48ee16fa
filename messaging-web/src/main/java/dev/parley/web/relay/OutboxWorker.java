package dev.parley.web.relay;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.parley.core.relay.Backoff;
import dev.parley.core.relay.Outbox;
import dev.parley.core.relay.OutboxEmail;
import dev.parley.core.relay.OutboxEmail.Claim;
import dev.parley.web.relay.NotificationComposer.Composed;
import dev.parley.web.relay.SmtpMailer.Outcome;
import dev.parley.web.relay.SmtpMailer.Result;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Delivers the outbox: each worker thread claims a batch of due emails (a lease, in a
 * transaction of its own), writes them, sends them over one SMTP connection and marks
 * each one: sent, due again after a backoff, given up (a permanent refusal, or the last
 * attempt), skipped (the recipient no longer gets email) or released (not attempted
 * before the lease would end). Any number of threads and application instances can run at
 * once; {@code FOR UPDATE SKIP LOCKED} gives each claim its own emails.
 * <p>
 * Delivery is at least once, and in practice exactly once: an email is marked sent right
 * after its batch, in a transaction of its own, and claimed by no one while leased. The
 * one window for a duplicate is a crash (or a lost database) between the SMTP server's
 * acceptance and that mark; the email then goes out again when the lease ends, with the
 * same {@code Message-ID}, which receiving systems use to drop duplicates. Stopping is
 * graceful: a worker finishes the batch in hand before its thread ends.
 */
class OutboxWorker implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxWorker.class);

	private final Outbox outbox;

	private final NotificationComposer composer;

	private final SmtpMailer mailer;

	private final TransactionOperations transactions;

	private final RelayProperties.Outbound settings;

	private final Backoff backoff;

	private final Clock clock;

	private final String bounceEnvelopeSender;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition wake = this.lock.newCondition();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	/** When an unreachable server was last reported (once a minute is enough). */
	private volatile long lastOutageWarning = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);

	OutboxWorker(Outbox outbox, NotificationComposer composer, SmtpMailer mailer, TransactionOperations transactions,
			RelayProperties.Outbound settings, String bounceEnvelopeSender, Clock clock) {
		this.outbox = outbox;
		this.bounceEnvelopeSender = bounceEnvelopeSender.isBlank() ? "<>" : bounceEnvelopeSender;
		this.composer = composer;
		this.mailer = mailer;
		this.transactions = transactions;
		this.settings = settings;
		this.backoff = settings.getBackoff().toBackoff();
		this.clock = clock;
		if (settings.getLease().compareTo(mailer.attemptBudget().multipliedBy(2)) < 0) {
			throw new IllegalStateException("parley.relay.outbound.lease (" + settings.getLease()
					+ ") must be at least twice the longest SMTP attempt (" + mailer.attemptBudget()
					+ ", from the connect and read timeouts)");
		}
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < Math.max(1, this.settings.getWorkers()); i++) {
			Thread thread = new Thread(this::loop, "relay-outbox-" + (i + 1));
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
		logger.info("Relay outbox: " + this.threads.size() + " worker(s) sending to the SMTP server");
	}

	@Override
	public void stop() {
		this.running = false;
		wakeUp();
		long waitUntil = System.nanoTime() + this.settings.getLease().toNanos();
		for (Thread thread : this.threads) {
			try {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitUntil - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server stops accepting requests, after everything it needs. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	/** Looks for due emails at once instead of at the next poll. */
	void wakeUp() {
		this.lock.lock();
		try {
			this.wake.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void loop() {
		Duration idle = this.settings.getPollInterval();
		while (this.running) {
			int claimed;
			try {
				claimed = runOnce();
				idle = this.settings.getPollInterval();
			}
			catch (RuntimeException ex) {
				// The database is away, most likely: wait, longer each time, and go on.
				logger.warn("Relay outbox: could not deliver (" + ex.getMessage() + "); trying again in " + idle);
				claimed = 0;
				pause(idle);
				idle = min(idle.multipliedBy(2), Duration.ofSeconds(30));
				continue;
			}
			if (claimed < this.settings.getBatchSize()) {
				pause(this.settings.getPollInterval());
			}
		}
	}

	private void pause(Duration duration) {
		this.lock.lock();
		try {
			if (this.running) {
				this.wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Claims, sends and marks one batch.
	 * @return how many emails were claimed
	 */
	int runOnce() {
		Instant claimedAt = this.clock.instant();
		List<OutboxEmail> claimed = this.outbox.claim(this.settings.getBatchSize(), claimedAt,
				this.settings.getLease());
		if (claimed.isEmpty()) {
			return 0;
		}
		Instant deadline = claimedAt.plus(this.settings.getLease()).minus(this.mailer.attemptBudget());
		List<OutboxEmail> toSend = new ArrayList<>();
		List<RelayMimeMessage> emails = new ArrayList<>();
		for (OutboxEmail email : claimed) {
			try {
				RelayMimeMessage mime = prepare(email);
				if (mime != null) {
					toSend.add(email);
					emails.add(mime);
				}
			}
			catch (Exception ex) {
				failed(email, Result.failed(false, "could not write the email: " + SmtpMailer.describe(ex)));
			}
		}
		List<Result> results = this.mailer.send(emails, deadline);
		List<Claim> sent = new ArrayList<>();
		List<Claim> notAttempted = new ArrayList<>();
		reportOutage(results);
		for (int i = 0; i < toSend.size(); i++) {
			Result result = results.get(i);
			if (result.outcome() == Outcome.SENT) {
				sent.add(toSend.get(i).claim());
			}
			else if (result.outcome() == Outcome.NOT_ATTEMPTED) {
				notAttempted.add(toSend.get(i).claim());
			}
			else {
				failed(toSend.get(i), result);
			}
		}
		Instant now = this.clock.instant();
		int marked = this.outbox.markSent(sent, now);
		if (marked < sent.size()) {
			logger.warn("Relay outbox: " + (sent.size() - marked) + " email(s) were sent after their lease ended; "
					+ "another worker may send them again (same Message-ID)");
		}
		this.outbox.release(notAttempted, now);
		return claimed.size();
	}

	private void reportOutage(List<Result> results) {
		Result failed = results.stream()
			.filter((result) -> result.outcome() == Outcome.FAILED && !result.permanent())
			.findFirst()
			.orElse(null);
		long now = System.nanoTime();
		if (failed != null && now - this.lastOutageWarning > TimeUnit.MINUTES.toNanos(1)) {
			this.lastOutageWarning = now;
			logger.warn("Relay outbox: the SMTP server did not take emails (" + failed.error()
					+ "); they stay queued and are retried with backoff");
		}
	}

	private RelayMimeMessage prepare(OutboxEmail email) throws Exception {
		if (email.prepared() != null) {
			RelayMimeMessage mime = new RelayMimeMessage(this.mailer.session(),
					new ByteArrayInputStream(email.prepared()));
			// Prepared emails are bounces: the null reverse path, so that nothing ever
			// answers them with another bounce (RFC 5321, 4.5.5).
			mime.setEnvelopeFrom(this.bounceEnvelopeSender);
			return mime;
		}
		Composed composed = this.transactions.execute((status) -> {
			try {
				return this.composer.compose(email, this.mailer.session());
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		});
		if (composed == null || composed.isSkipped()) {
			this.outbox.skip(email.claim(), (composed != null) ? composed.skipReason() : "nothing to send",
					this.clock.instant());
			return null;
		}
		return composed.email();
	}

	private void failed(OutboxEmail email, Result result) {
		Instant now = this.clock.instant();
		if (result.permanent()) {
			logger.warn("Relay outbox: giving up on email " + email.claim().id() + ": " + result.error());
			this.outbox.giveUp(email.claim(), result.error(), now);
			return;
		}
		this.backoff.nextAttempt(email.attempts(), now, () -> ThreadLocalRandom.current().nextDouble())
			.ifPresentOrElse((retryAt) -> this.outbox.retryLater(email.claim(), result.error(), retryAt), () -> {
				logger.warn("Relay outbox: giving up on email " + email.claim().id() + " after " + email.attempts()
						+ " attempts: " + result.error());
				this.outbox.giveUp(email.claim(), result.error(), now);
			});
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
