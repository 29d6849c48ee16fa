package dev.parley.core.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event types an endpoint can subscribe to.
 */
public enum WebhookEvent {

	/** The other party's message arrived. */
	MESSAGE_RECEIVED("message.received"),

	/** The owner's message was stored and delivered. */
	MESSAGE_SENT("message.sent"),

	/** The owner's message was stored but not delivered (the buyer opted out). */
	MESSAGE_WITHHELD("message.withheld"),

	/** A buyer message will be overdue soon (a configurable lead before 24 hours). */
	THREAD_DUE_SOON("thread.due_soon"),

	/** A buyer message waited more than 24 hours. */
	THREAD_OVERDUE("thread.overdue"),

	/** An admin decided a flag on one of the owner's threads. */
	FLAG_DECIDED("flag.decided"),

	/** The marketplace sent the owner a platform notice. */
	NOTICE_CREATED("notice.created"),

	/** The owner sent a review request. */
	REVIEW_REQUEST_SENT("review_request.sent");

	private final String wireName;

	WebhookEvent(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	public static Optional<WebhookEvent> ofWireName(String name) {
		return Arrays.stream(values()).filter((event) -> event.wireName.equals(name)).findFirst();
	}

}
