package dev.parley.core.relay;

import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.relay.ReplyThreading.PairThread;

/**
 * Port: what the relay looks up to route an inbound email.
 */
public interface RelayLookups {

	/** At most this many of a pair's threads are considered (the most recent ones). */
	int MAX_PAIR_THREADS = 200;

	/**
	 * The pair's threads that have messages, most recently active first, at most
	 * {@link #MAX_PAIR_THREADS}: what an emailed reply that names none of the relay's
	 * Message-IDs may belong to.
	 * @param buyer the buyer
	 * @param seller the seller
	 * @return the threads, possibly none
	 */
	List<PairThread> threads(AccountId buyer, AccountId seller);

}
