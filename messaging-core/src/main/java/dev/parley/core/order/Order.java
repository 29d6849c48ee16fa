package dev.parley.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * An order as the marketplace's order system reports it. Delivery is order completion:
 * the proactive window and review requests count from {@link #deliveredAt()}.
 *
 * @param id the order id
 * @param buyer who bought
 * @param seller who sold
 * @param items what was bought, at least one line
 * @param placedAt when the order was placed
 * @param shippedAt when it shipped, or null
 * @param deliveredAt when it was delivered, or null
 */
public record Order(OrderId id, AccountId buyer, AccountId seller, List<LineItem> items, Instant placedAt,
		@Nullable Instant shippedAt, @Nullable Instant deliveredAt) {

	public Order {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(buyer, "buyer");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(placedAt, "placedAt");
		if (buyer.equals(seller)) {
			throw new IllegalArgumentException("buyer and seller of an order must differ");
		}
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("an order has at least one line item");
		}
		if (shippedAt != null && shippedAt.isBefore(placedAt)) {
			throw new IllegalArgumentException("an order cannot ship before it is placed");
		}
		if (deliveredAt != null && deliveredAt.isBefore(placedAt)) {
			throw new IllegalArgumentException("an order cannot be delivered before it is placed");
		}
	}

	public OrderState state() {
		if (this.deliveredAt != null) {
			return OrderState.DELIVERED;
		}
		return (this.shippedAt != null) ? OrderState.SHIPPED : OrderState.PLACED;
	}

	public boolean isBetween(AccountId buyer, AccountId seller) {
		return this.buyer.equals(buyer) && this.seller.equals(seller);
	}

	public boolean involves(AccountId account) {
		return this.buyer.equals(account) || this.seller.equals(account);
	}

	/**
	 * The title of the first line, for templates and subjects.
	 * @return the title
	 */
	public String firstTitle() {
		return this.items.get(0).title();
	}

}
