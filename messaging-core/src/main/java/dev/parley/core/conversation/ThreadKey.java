package dev.parley.core.conversation;

import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * What makes a thread unique: one buyer, one seller, and one order or, for a pre-sale
 * question about a listing, none.
 *
 * @param buyer the buyer
 * @param seller the seller
 * @param order the order, or null for a pre-sale thread
 */
public record ThreadKey(AccountId buyer, AccountId seller, @Nullable OrderId order) {

	public ThreadKey {
		Objects.requireNonNull(buyer, "buyer");
		Objects.requireNonNull(seller, "seller");
		if (buyer.equals(seller)) {
			throw new IllegalArgumentException("a thread needs two different parties");
		}
	}

	public boolean isPreSale() {
		return this.order == null;
	}

	public boolean involves(AccountId account) {
		return this.buyer.equals(account) || this.seller.equals(account);
	}

	/**
	 * The other party of the thread.
	 * @param account one of the two parties
	 * @return the other one
	 */
	public AccountId counterpartOf(AccountId account) {
		if (this.buyer.equals(account)) {
			return this.seller;
		}
		if (this.seller.equals(account)) {
			return this.buyer;
		}
		throw new IllegalArgumentException(account + " is not a party of this thread");
	}

}
