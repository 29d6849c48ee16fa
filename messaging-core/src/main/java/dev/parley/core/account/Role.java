package dev.parley.core.account;

/**
 * What an account is on the marketplace. An account has exactly one role.
 */
public enum Role {

	/** Buys; asks sellers about orders and listings. */
	BUYER,

	/** Sells; answers buyers and sends the few proactive messages the rules allow. */
	SELLER,

	/**
	 * Trust and safety: reviews flags, warns and suspends sellers, verifies the record.
	 */
	ADMIN

}
