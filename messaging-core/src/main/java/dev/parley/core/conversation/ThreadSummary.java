package dev.parley.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A thread and its current state, kept up to date in the same transaction as every append
 * and event.
 *
 * @param id the id
 * @param key the parties and the order
 * @param subject the subject of the first message
 * @param createdAt when the first message was stored
 * @param lastActivityAt when the last message was stored
 * @param messageCount how many messages, the sequence number of the last one
 * @param awaitingSince arrival of the oldest buyer message that no seller message or "No
 * response needed" mark has answered yet; null when nothing awaits
 * @param buyerLastReadSeq the last sequence number the buyer has read (0 for none)
 * @param sellerLastReadSeq the last sequence number the seller has read
 * @param reviewRequested whether a review request has been sent in this thread
 * @param openFlags flags on this thread that no admin has decided yet
 */
public record ThreadSummary(ThreadId id, ThreadKey key, String subject, Instant createdAt, Instant lastActivityAt,
		int messageCount, @Nullable Instant awaitingSince, int buyerLastReadSeq, int sellerLastReadSeq,
		boolean reviewRequested, int openFlags) {

	/**
	 * A buyer message is due this long after it arrived, weekends and holidays included.
	 */
	public static final Duration RESPONSE_DUE = Duration.ofHours(24);

	public ThreadSummary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(lastActivityAt, "lastActivityAt");
	}

	public boolean isAwaitingResponse() {
		return this.awaitingSince != null;
	}

	/**
	 * When the seller's answer is due.
	 * @return 24 hours after the oldest awaiting buyer message, or null when nothing
	 * awaits
	 */
	public @Nullable Instant dueAt() {
		return (this.awaitingSince != null) ? this.awaitingSince.plus(RESPONSE_DUE) : null;
	}

	public boolean isOverdue(Instant now) {
		Instant due = dueAt();
		return due != null && now.isAfter(due);
	}

	public boolean involves(AccountId account) {
		return this.key.involves(account);
	}

	/**
	 * Whether the given party has messages it has not read.
	 * @param viewer one of the parties
	 * @param lastSeqFromOther the sequence number of the last message the other party
	 * wrote
	 * @return whether that message is after the viewer's last read mark
	 */
	public boolean isUnreadFor(AccountId viewer, int lastSeqFromOther) {
		int read = this.key.buyer().equals(viewer) ? this.buyerLastReadSeq : this.sellerLastReadSeq;
		return lastSeqFromOther > read;
	}

}
