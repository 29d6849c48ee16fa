package dev.parley.core.policy;

/**
 * How the sender relates to the recipient, as far as the rules care.
 */
public enum Relationship {

	/** Buyer and seller of the thread's order. */
	ORDER,

	/** A buyer's pre-sale question about a seller's listing, and its answers. */
	PRE_SALE,

	/**
	 * No relationship that allows messages: not the order's parties, seller to seller,
	 * buyer to buyer, or a seller starting a thread with someone who never ordered.
	 */
	NONE

}
