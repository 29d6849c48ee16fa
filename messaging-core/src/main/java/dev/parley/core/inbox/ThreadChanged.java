package dev.parley.core.inbox;

import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;

/**
 * Something was stored in a thread (a message or a thread event) and committed, on this
 * or any other application instance: the two parties' open pages and inbox counts may
 * have changed.
 *
 * @param thread the thread
 * @param buyer its buyer
 * @param seller its seller
 * @param kind {@code MESSAGE}, or the event's type ({@code READ},
 * {@code NO_RESPONSE_NEEDED}, {@code REPORT}, {@code FLAG})
 * @param sellerOnly a message the buyer does not see (a system note, a message not
 * delivered)
 */
public record ThreadChanged(ThreadId thread, AccountId buyer, AccountId seller, String kind, boolean sellerOnly) {

	public ThreadChanged {
		Objects.requireNonNull(thread, "thread");
		Objects.requireNonNull(buyer, "buyer");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * Whether the change concerns the account's pages.
	 * @param account an account
	 * @return true for the seller, and for the buyer unless the buyer cannot see it
	 */
	public boolean concerns(AccountId account) {
		return this.seller.equals(account) || (this.buyer.equals(account) && !this.sellerOnly);
	}

	/**
	 * Changes may have been missed (the instance's listening connection was lost for a
	 * while): anything shown may be out of date.
	 */
	public record Missed() {
	}

}
