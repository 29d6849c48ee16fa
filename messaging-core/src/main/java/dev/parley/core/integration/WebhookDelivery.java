package dev.parley.core.integration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one endpoint, and how its last attempt went.
 *
 * @param id the delivery
 * @param endpoint the endpoint
 * @param eventId the webhook id, the same on every attempt and redelivery
 * @param thread the thread the event belongs to, or null (a notice)
 * @param type the event type
 * @param payload the JSON body that is signed and sent
 * @param succeeded whether a 2xx answer was received
 * @param attempts attempts so far
 * @param createdAt when queued
 * @param lastAttemptAt when last attempted, or null
 * @param lastStatus the HTTP status of the last attempt, or null (no answer)
 * @param lastLatencyMillis how long it took
 * @param lastError why the last attempt failed without an answer, or null
 * @param responseExcerpt the start of the last answer's body
 */
public record WebhookDelivery(long id, long endpoint, String eventId, @Nullable Long thread, String type,
		String payload, boolean succeeded, int attempts, Instant createdAt, @Nullable Instant lastAttemptAt,
		@Nullable Integer lastStatus, @Nullable Integer lastLatencyMillis, @Nullable String lastError,
		@Nullable String responseExcerpt) {

}
