package dev.parley.core.conversation;

/**
 * What a buyer's question is about, chosen when contacting a seller.
 */
public enum Topic {

	ORDER_STATUS, RETURN_REFUND, PRODUCT_QUESTION, SHIPPING, OTHER

}
