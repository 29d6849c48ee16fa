package dev.parley.web.api;

import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API shows it.
 *
 * @param orderId the 17-digit id
 * @param state PLACED, SHIPPED or DELIVERED
 * @param buyer the buyer's id and display name
 * @param seller the seller's id and display name
 * @param placedAt when placed
 * @param shippedAt when shipped, or null
 * @param deliveredAt when delivered, or null
 * @param items the lines
 */
record OrderJson(String orderId, String state, PartyJson buyer, PartyJson seller, Instant placedAt,
		@Nullable Instant shippedAt, @Nullable Instant deliveredAt, List<ItemJson> items) {

	static OrderJson of(Order order, Account buyer, Account seller) {
		return new OrderJson(order.id().value(), order.state().name(), PartyJson.of(buyer), PartyJson.of(seller),
				order.placedAt(), order.shippedAt(), order.deliveredAt(),
				order.items().stream().map(ItemJson::of).toList());
	}

	/**
	 * A party as the other party may see it: never the email address.
	 *
	 * @param id the account id
	 * @param displayName the display name
	 * @param language the preferred language
	 * @param businessBuyer whether a business buyer
	 */
	record PartyJson(long id, String displayName, String language, boolean businessBuyer) {

		static PartyJson of(Account account) {
			return new PartyJson(account.id().value(), account.displayName(), account.language().code(),
					account.businessBuyer());
		}

	}

	/**
	 * A line item.
	 *
	 * @param title the product
	 * @param quantity how many
	 * @param sku the seller's SKU, or null
	 */
	record ItemJson(String title, int quantity, @Nullable String sku) {

		static ItemJson of(LineItem item) {
			return new ItemJson(item.title(), item.quantity(), item.sku());
		}

	}

}
