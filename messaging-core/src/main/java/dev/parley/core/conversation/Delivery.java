package dev.parley.core.conversation;

/**
 * Whether a stored message reached its recipient.
 */
public enum Delivery {

	/** Shown to the recipient and, where they receive email, emailed. */
	DELIVERED,

	/**
	 * A non-critical proactive seller message to a buyer who opted out of non-essential
	 * messages: kept in the record, not shown to or emailed to the buyer.
	 */
	NOT_DELIVERED_OPTED_OUT

}
