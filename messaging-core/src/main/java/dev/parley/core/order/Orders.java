package dev.parley.core.order;

import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * Port: orders, as fed by the marketplace's order system.
 */
public interface Orders {

	Optional<Order> find(OrderId id);

	/**
	 * Creates or updates an order (the order feed). Buyer and seller of an existing order
	 * never change.
	 * @param order the order
	 * @return the stored order
	 * @throws IllegalArgumentException when an existing order has other parties
	 */
	Order save(Order order);

	/**
	 * A party's orders, newest first ({@code placedAt}, then id), keyset-paged.
	 * @param party the buyer or seller
	 * @param role whether {@code party} bought or sold
	 * @param after the last order of the previous page, or null for the first page
	 * @param limit page size
	 * @return up to {@code limit} orders
	 */
	List<Order> page(AccountId party, Role role, @Nullable OrderId after, int limit);

	/**
	 * Whether the buyer has ever ordered from the seller.
	 * @param buyer the buyer
	 * @param seller the seller
	 * @return true when at least one order is between them
	 */
	boolean existsBetween(AccountId buyer, AccountId seller);

}
