package dev.parley.core.conversation;

import java.util.List;

/**
 * What a buyer's question is about, chosen when contacting a seller.
 */
public enum Topic {

	ORDER_STATUS, RETURN_REFUND, PRODUCT_QUESTION, SHIPPING, OTHER;

	private static final List<Topic> PRE_SALE = List.of(PRODUCT_QUESTION, SHIPPING, OTHER);

	/**
	 * The topics of a question before buying: there is no order whose status or return
	 * could be asked about.
	 * @return the pre-sale topics, in the order a form offers them
	 */
	public static List<Topic> preSale() {
		return PRE_SALE;
	}

	/**
	 * Whether a question without an order can be about this.
	 * @return true for the pre-sale topics
	 */
	public boolean isPreSale() {
		return PRE_SALE.contains(this);
	}

}
