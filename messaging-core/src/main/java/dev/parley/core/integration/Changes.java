package dev.parley.core.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.AccountId;

/**
 * The changes feed: events of the permanent record are logged per party in their writers'
 * transactions; the sequencer gives the final ones their feed positions, in an order that
 * never changes once read.
 */
public interface Changes {

	/**
	 * Moves logged events whose transactions are final into the feed.
	 * @param max at most this many
	 * @return how many were moved
	 */
	int sequence(int max);

	/**
	 * Whether logged events wait to be sequenced (their transactions are not final yet,
	 * or a sequencer is behind).
	 * @return whether any are left
	 */
	boolean unsequenced();

	/**
	 * A party's events after a position, oldest first.
	 * @param party the party
	 * @param after the position of the last event already seen (0 for the beginning)
	 * @param limit at most this many
	 * @return the events
	 */
	List<Change> after(AccountId party, long after, int limit);

	/**
	 * The position of a party's newest event, or 0.
	 * @param party the party
	 * @return the position
	 */
	long latest(AccountId party);

	/**
	 * Logs {@code thread.due_soon} and {@code thread.overdue} for threads whose answer is
	 * due within {@code lead} or overdue, once per awaiting period and kind.
	 * @param now the time
	 * @param responseTime how long the seller has to answer (24 hours)
	 * @param lead how long before the due time {@code thread.due_soon} comes
	 * @return how many alerts were logged
	 */
	int raiseDueAlerts(Instant now, Duration responseTime, Duration lead);

}
