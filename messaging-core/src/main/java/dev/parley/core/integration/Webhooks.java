package dev.parley.core.integration;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Webhook endpoints and their delivery queues. Object-level: every owner-facing method
 * takes the owner and finds nothing of anyone else's.
 */
public interface Webhooks {

	/**
	 * Registers an endpoint that receives the owner's events from now on.
	 * @param owner the owner
	 * @param url the receiver
	 * @param description a label
	 * @param events the types
	 * @param secret the signing secret
	 * @param now the time
	 * @return the endpoint
	 */
	WebhookEndpoint create(AccountId owner, URI url, String description, Set<WebhookEvent> events, String secret,
			Instant now);

	List<WebhookEndpoint> list(AccountId owner);

	Optional<WebhookEndpoint> find(AccountId owner, long id);

	/**
	 * Changes an endpoint; enabling it clears its failure run and makes it due now.
	 * @param owner the owner
	 * @param id the endpoint
	 * @param url the receiver
	 * @param description the label
	 * @param events the types
	 * @param enabled whether deliveries go out
	 * @param now the time
	 * @return the endpoint, or empty when not the owner's
	 */
	Optional<WebhookEndpoint> update(AccountId owner, long id, URI url, String description, Set<WebhookEvent> events,
			boolean enabled, Instant now);

	boolean delete(AccountId owner, long id);

	/**
	 * Replaces the secret; the old one still signs (as a second signature) until
	 * {@code previousValidUntil}.
	 * @param owner the owner
	 * @param id the endpoint
	 * @param secret the new secret
	 * @param previousValidUntil when the old one stops signing
	 * @return the endpoint, or empty when not the owner's
	 */
	Optional<WebhookEndpoint> rotateSecret(AccountId owner, long id, String secret, Instant previousValidUntil);

	/**
	 * The endpoint's deliveries, newest first.
	 * @param owner the owner
	 * @param endpoint the endpoint
	 * @param before only deliveries with a smaller id, or null
	 * @param limit at most this many
	 * @return the log
	 */
	List<WebhookDelivery> deliveries(AccountId owner, long endpoint, @Nullable Long before, int limit);

	/**
	 * Queues a delivery's event again, with the same webhook id, behind the endpoint's
	 * pending deliveries.
	 * @param owner the owner
	 * @param endpoint the endpoint
	 * @param delivery the delivery
	 * @param now the time
	 * @return the new delivery, or empty when not the owner's
	 */
	Optional<WebhookDelivery> redeliver(AccountId owner, long endpoint, long delivery, Instant now);

	/**
	 * Leases up to {@code max} enabled endpoints that are due and not leased (skipping
	 * those another worker is claiming), copies each owner's new feed events of the
	 * endpoint's types into its queue and moves its cursor, in one transaction.
	 * @param now the time
	 * @param leaseUntil the end of the leases
	 * @param max at most this many endpoints
	 * @return the leases, none when no endpoint is due
	 */
	List<Lease> claimDue(Instant now, Instant leaseUntil, int max);

	/**
	 * The endpoint's pending deliveries, oldest first.
	 * @param lease the lease
	 * @param limit at most this many
	 * @return the deliveries
	 */
	List<WebhookDelivery> pending(Lease lease, int limit);

	/**
	 * Ends a lease after a turn of attempts, in one transaction: records every attempt (a
	 * 2xx marks its delivery succeeded); when one failed, counts the turn in the failure
	 * run (a run that a success in the same turn restarts) and makes the endpoint due
	 * again at {@code retryAt}, or, when the run reaches {@code disableAfter}, disables
	 * it and sends its owner the notice; otherwise a success resets the run and the
	 * endpoint is due now.
	 * @param lease the lease (under a lost lease nothing changes)
	 * @param outcomes the turn's attempts
	 * @param now the time
	 * @param retryAt when to try again after a failure
	 * @param disableAfter the failure run that disables the endpoint
	 * @param notice the owner's notice if it is disabled (asked only then)
	 * @return the failure run now (0 without a failure), or -1 when the lease was lost
	 */
	int finish(Lease lease, List<Outcome> outcomes, Instant now, Instant retryAt, int disableAfter,
			Supplier<DisabledNotice> notice);

	/**
	 * One attempt of a turn.
	 *
	 * @param delivery the delivery
	 * @param attempt how it went
	 */
	record Outcome(long delivery, Attempt attempt) {

		/**
		 * Whether the receiver took the delivery.
		 * @return whether it answered 2xx
		 */
		public boolean succeeded() {
			return this.attempt.status() != null && this.attempt.status() / 100 == 2;
		}

	}

	/**
	 * A claim on an endpoint.
	 *
	 * @param endpoint the endpoint as claimed
	 * @param token the lease token
	 * @param queued deliveries queued by this claim
	 */
	record Lease(WebhookEndpoint endpoint, java.util.UUID token, int queued) {
	}

	/**
	 * The platform notice that tells an owner their endpoint was disabled.
	 *
	 * @param subject in the owner's language
	 * @param body in the owner's language
	 */
	record DisabledNotice(String subject, String body) {
	}

	/**
	 * How an attempt went.
	 *
	 * @param at when it started
	 * @param status the HTTP status, or null when no answer came
	 * @param latencyMillis how long until the answer (or the failure)
	 * @param error why no answer came, or null
	 * @param responseExcerpt the start of the answer's body, or null
	 */
	record Attempt(Instant at, @Nullable Integer status, int latencyMillis, @Nullable String error,
			@Nullable String responseExcerpt) {
	}

}
