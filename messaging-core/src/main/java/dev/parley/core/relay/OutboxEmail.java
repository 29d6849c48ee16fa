package dev.parley.core.relay;

import java.util.Objects;
import java.util.UUID;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;
import org.jspecify.annotations.Nullable;

/**
 * An email a worker has claimed from the outbox: either the notification of a stored
 * message, rendered when it is sent, or a prepared email (a bounce).
 *
 * @param claim the row and the claim's token
 * @param message the message it notifies of, or null for a prepared email
 * @param recipient the receiving party, or null for a prepared email
 * @param toAddress the address recorded when it was queued
 * @param attempts how many times it has been claimed, this claim included
 * @param prepared the complete email for a prepared one, else null
 */
public record OutboxEmail(Claim claim, @Nullable MessageId message, @Nullable AccountId recipient, String toAddress,
		int attempts, byte @Nullable [] prepared) {

	public OutboxEmail {
		Objects.requireNonNull(claim, "claim");
		Objects.requireNonNull(toAddress, "toAddress");
		if ((message == null) != (recipient == null) || (message == null) == (prepared == null)) {
			throw new IllegalArgumentException("an email carries either a message and its recipient, or is prepared");
		}
		if (attempts < 1) {
			throw new IllegalArgumentException("a claimed email has been attempted at least once");
		}
	}

	public boolean isPrepared() {
		return this.prepared != null;
	}

	/**
	 * Which row, under which claim.
	 *
	 * @param id the outbox row
	 * @param token the claim's token; marks must present it
	 */
	public record Claim(long id, UUID token) {

		public Claim {
			Objects.requireNonNull(token, "token");
		}

	}

}
