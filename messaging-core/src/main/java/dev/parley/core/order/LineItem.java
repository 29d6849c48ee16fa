package dev.parley.core.order;

import org.jspecify.annotations.Nullable;

/**
 * One line of an order.
 *
 * @param title the product title as listed
 * @param quantity how many, at least one
 * @param sku the seller's stock keeping unit, when known
 */
public record LineItem(String title, int quantity, @Nullable String sku) {

	public LineItem {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a line item needs a title");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
		}
	}

}
