package dev.parley.core.integration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event of the changes feed as one party sees it.
 *
 * @param position its place in the feed (increasing, never reused); the webhook id is
 * {@code evt_<position>}
 * @param type the event type, such as {@code message.received}
 * @param threadId the thread concerned, or null (platform notices)
 * @param occurredAt when the recorded event happened
 * @param data the event's details as a JSON object
 */
public record Change(long position, String type, @Nullable Long threadId, Instant occurredAt, String data) {

	public String eventId() {
		return "evt_" + this.position;
	}

}
