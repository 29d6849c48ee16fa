package dev.parley.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Port: threads, their messages and events, the permanent record. Appends and events must
 * run inside the caller's transaction; the thread's summary, both parties' inbox rows and
 * the response-time bookkeeping change in that same transaction.
 * <p>
 * What a message changes (who sees it, the awaiting state, the response record) is
 * decided by the thread model ({@code dev.parley.core.thread.ThreadModel}) and given to
 * {@link #append} as a {@link ThreadChange}; the store writes it and decides nothing. A
 * "No response needed" mark answers everything awaiting (recording one response) and
 * clears it. The author's own message counts as read by the author.
 */
public interface Conversations {

	Optional<ThreadSummary> find(ThreadId id);

	Optional<ThreadSummary> find(ThreadKey key);

	/**
	 * Locks a thread for the rest of the transaction, creating it when missing, so that
	 * the decision about the next message (is it proactive? was a review already
	 * requested?) and its append cannot interleave with another append to the same
	 * thread. Appends to other threads are not blocked.
	 * @param key the thread's parties and order
	 * @param subject the subject for a new thread
	 * @param now the creation time for a new thread
	 * @return the locked thread's current state
	 */
	ThreadSummary lockOrCreate(ThreadKey key, String subject, Instant now);

	/**
	 * Locks an existing thread for the rest of the transaction.
	 * @param id the thread
	 * @return its current state, or empty when there is no such thread
	 */
	Optional<ThreadSummary> lock(ThreadId id);

	/**
	 * Appends a message to a thread locked in this transaction: the next sequence number,
	 * its hash-chain link, its attachments moved from the author's uploads into the
	 * record, and the summaries as the change says. A buyer's inbox row appears with the
	 * first message the buyer may see, under that message's subject when the thread began
	 * with messages withheld from the buyer.
	 * @param thread the locked thread
	 * @param message the message
	 * @param change what the message changes in the thread
	 * @return the stored message
	 * @throws IllegalStateException when an attachment is not an unsent upload of the
	 * author, or the message is older than the thread's last one
	 */
	Message append(ThreadId thread, NewMessage message, ThreadChange change);

	/**
	 * The messages of a thread, oldest first.
	 * @param thread the thread
	 * @return its messages with their attachments' metadata
	 */
	List<Message> messages(ThreadId thread);

	Optional<Message> message(MessageId id);

	List<ThreadEvent> events(ThreadId thread);

	/**
	 * Records that a party read the thread up to its current last message.
	 * @param thread the thread
	 * @param reader one of its parties
	 * @param at when
	 */
	void markRead(ThreadId thread, AccountId reader, Instant at);

	/**
	 * Records that a party wants the thread shown as unread again: its read mark goes
	 * back to just before the other party's last message it may see.
	 * @param thread the thread
	 * @param reader one of its parties
	 * @param at when
	 * @return whether anything changed (nothing from the other party, or unread already:
	 * no event)
	 */
	boolean markUnread(ThreadId thread, AccountId reader, Instant at);

	/**
	 * Records the seller's "No response needed" mark, answering every awaiting buyer
	 * message.
	 * @param thread a thread locked in this transaction
	 * @param seller its seller
	 * @param at when
	 * @return whether anything was awaiting (a mark on nothing is not recorded)
	 */
	boolean markNoResponseNeeded(ThreadId thread, AccountId seller, Instant at);

	/**
	 * Records a report of a message.
	 * @param thread the thread
	 * @param reporter the reporting party
	 * @param message the reported message, of the other party
	 * @param reason why
	 * @param note an optional note
	 * @param at when
	 * @return the event
	 */
	ThreadEvent report(ThreadId thread, AccountId reporter, MessageId message, ReportReason reason,
			@Nullable String note, Instant at);

	/**
	 * Walks the thread's hash chain from the stored messages and names the first broken
	 * link.
	 * @param thread the thread
	 * @return intact, or the first message whose link does not hold
	 * @throws IllegalArgumentException when there is no such thread
	 */
	default ChainVerification verifyChain(ThreadId thread) {
		return verifyChain(thread, null);
	}

	/**
	 * Verifies the thread's record from what is stored: the chain recomputed from the
	 * content, with every attachment hashed from its bytes; the thread's stored head and
	 * message count; and, when given, the head a signed checkpoint recorded.
	 * @param thread the thread
	 * @param anchor the thread's head in the latest checkpoint, or null
	 * @return intact, or everything broken
	 * @throws IllegalArgumentException when there is no such thread
	 */
	ChainVerification verifyChain(ThreadId thread, @Nullable ThreadHead anchor);

}
