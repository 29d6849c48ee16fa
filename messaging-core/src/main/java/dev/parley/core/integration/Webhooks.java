package dev.parley.core.integration;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
	 * Leases one enabled endpoint that is due, copies the owner's new feed events of its
	 * types into its queue and moves its cursor, in one transaction.
	 * @param now the time
	 * @param leaseUntil the end of the lease
	 * @return the lease, or empty when no endpoint is due
	 */
	Optional<Lease> claimDue(Instant now, Instant leaseUntil);

	/**
	 * The endpoint's pending deliveries, oldest first.
	 * @param lease the lease
	 * @param limit at most this many
	 * @return the deliveries
	 */
	List<WebhookDelivery> pending(Lease lease, int limit);

	/**
	 * Records a successful attempt; resets the failure run.
	 * @param lease the lease (a mark under a lost lease changes nothing)
	 * @param delivery the delivery
	 * @param attempt how it went
	 * @return whether the lease still held
	 */
	boolean succeeded(Lease lease, long delivery, Attempt attempt);

	/**
	 * Records a failed attempt, counts it in the failure run and makes the endpoint due
	 * again at {@code retryAt}, or, when the run reaches {@code disableAfter}, disables
	 * it and sends its owner the platform notice, in one transaction.
	 * @param lease the lease
	 * @param delivery the delivery
	 * @param attempt how it went
	 * @param retryAt when to try again
	 * @param disableAfter the failure run that disables the endpoint
	 * @param notice the owner's notice if it is disabled
	 * @return the failure run now, or -1 when the lease was lost
	 */
	int failed(Lease lease, long delivery, Attempt attempt, Instant retryAt, int disableAfter, DisabledNotice notice);

	/**
	 * Ends a lease; the endpoint is due again at {@code nextAt}.
	 * @param lease the lease
	 * @param nextAt when it is due
	 */
	void release(Lease lease, Instant nextAt);

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
