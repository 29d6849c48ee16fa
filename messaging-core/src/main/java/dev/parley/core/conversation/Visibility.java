package dev.parley.core.conversation;

/**
 * Who may see a stored message. Sellers and admins see every message of their threads;
 * buyers only those marked {@link #BOTH}.
 */
public enum Visibility {

	/** Both parties (and admins). */
	BOTH,

	/**
	 * The seller (and admins) only: system notes addressed to the seller, and messages
	 * withheld from a buyer who opted out.
	 */
	SELLER

}
