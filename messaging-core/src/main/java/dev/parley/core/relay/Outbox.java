package dev.parley.core.relay;

import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;

/**
 * Port: the transactional outbox. The email for a delivered message is enqueued in the
 * same transaction as the message, so that it is sent if and only if the message is
 * stored. The relay's worker claims, sends and marks them.
 */
public interface Outbox {

	/**
	 * Enqueues the notification email of a delivered message to one recipient. At most
	 * one email per (message, recipient): enqueuing again changes nothing.
	 * @param message the stored message
	 * @param recipient the receiving party
	 * @param toAddress where it goes: the buyer's account email, or the seller's
	 * notification email
	 * @param at when
	 */
	void enqueue(MessageId message, AccountId recipient, String toAddress, Instant at);

	/**
	 * How many emails wait for a message, for tests and the API.
	 * @param message the message
	 * @return the number of queued or sent emails for it
	 */
	int countFor(MessageId message);

}
