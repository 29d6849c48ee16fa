package dev.parley.core.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;

/**
 * Port: the transactional outbox. The email for a delivered message is enqueued in the
 * same transaction as the message, so that it is sent if and only if the message is
 * stored. The relay's workers claim due emails, send them and mark them.
 * <p>
 * Claiming is safe for any number of workers and application instances: a claim takes due
 * rows that no other transaction holds ({@code FOR UPDATE SKIP LOCKED}) and leases them,
 * by moving their next attempt to the end of the lease, in a transaction of its own.
 * Marking needs the claim's token, so a worker whose lease ran out (and whose email
 * another worker has claimed since) cannot mark it.
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
	 * Enqueues a ready-made email that carries no message, such as a bounce.
	 * @param toAddress where it goes
	 * @param mime the complete RFC 5322 message
	 * @param at when
	 */
	void enqueuePrepared(String toAddress, byte[] mime, Instant at);

	/**
	 * How many emails wait for a message, for tests and the API.
	 * @param message the message
	 * @return the number of queued or sent emails for it
	 */
	int countFor(MessageId message);

	/**
	 * Claims due emails for one worker, in a transaction of its own: each claimed email
	 * counts one more attempt and is not due again before the lease ends.
	 * @param limit at most this many
	 * @param now the current time
	 * @param lease how long the worker may take to send them and mark them
	 * @return the claimed emails, oldest due first
	 */
	List<OutboxEmail> claim(int limit, Instant now, Duration lease);

	/**
	 * Marks claimed emails as sent; they are never claimed again.
	 * @param claims the claims of emails the SMTP server accepted
	 * @param at when
	 * @return how many were still held by these claims (the others had lost their lease)
	 */
	int markSent(List<OutboxEmail.Claim> claims, Instant at);

	/**
	 * A failed attempt: the email is due again at {@code retryAt}.
	 * @param claim the claim
	 * @param error what went wrong, for operators
	 * @param retryAt the next attempt
	 * @return whether the claim still held
	 */
	boolean retryLater(OutboxEmail.Claim claim, String error, Instant retryAt);

	/**
	 * Gives up on an email (a permanent SMTP refusal, or too many attempts).
	 * @param claim the claim
	 * @param error why
	 * @param at when
	 * @return whether the claim still held
	 */
	boolean giveUp(OutboxEmail.Claim claim, String error, Instant at);

	/**
	 * Skips an email that must not go out any more (the recipient turned notifications
	 * off since it was queued).
	 * @param claim the claim
	 * @param reason why
	 * @param at when
	 * @return whether the claim still held
	 */
	boolean skip(OutboxEmail.Claim claim, String reason, Instant at);

	/**
	 * Hands claimed emails back unsent, due at once, without counting the attempt (a
	 * worker that stops, or whose lease is about to end).
	 * @param claims the claims
	 * @param now the current time
	 */
	void release(List<OutboxEmail.Claim> claims, Instant now);

}
