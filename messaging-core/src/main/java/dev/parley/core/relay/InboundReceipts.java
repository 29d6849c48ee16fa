package dev.parley.core.relay;

import java.time.Instant;

import dev.parley.core.account.AccountId;

/**
 * Port: the inbound emails already taken into the record, by their sender and
 * {@code Message-ID}, so that an SMTP client that delivers the same email twice (it did
 * not see our "250 OK", and retried) does not post the message twice.
 */
public interface InboundReceipts {

	/**
	 * Records an inbound email in the transaction that stores its message.
	 * @param sender the sending account
	 * @param messageIdHeader the email's {@code Message-ID}
	 * @param at when
	 * @return true when it is new; false when this sender's email with this id was taken
	 * before
	 */
	boolean record(AccountId sender, String messageIdHeader, Instant at);

}
