package dev.parley.core.relay;

import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;

/**
 * Port: what the relay looks up to route an inbound email.
 */
public interface RelayLookups {

	/**
	 * The pair's thread with the most recent activity, for a reply that names none of the
	 * relay's Message-IDs.
	 * @param buyer the buyer
	 * @param seller the seller
	 * @return the thread, or empty when they have none
	 */
	Optional<ThreadId> latestThread(AccountId buyer, AccountId seller);

}
