package dev.parley.core.thread;

/**
 * Who is emailed about a stored message.
 */
public enum Notification {

	/** Nobody: the message is withheld, or the seller receives no email. */
	NONE,

	/** The buyer, at the account's address. */
	EMAIL_BUYER,

	/** The seller, at the notification address. */
	EMAIL_SELLER

}
