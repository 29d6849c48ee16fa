package dev.parley.core.account;

import java.util.Objects;

/**
 * A buyer's communication preferences and standing.
 *
 * @param optOutNonEssential the buyer declines unsolicited (non-critical proactive)
 * seller messages; critical messages and replies still arrive
 * @param status the buyer's messaging status (set only by admin decisions: saving the
 * preferences never changes it)
 */
public record BuyerSettings(boolean optOutNonEssential, MessagingStatus status) {

	public BuyerSettings {
		Objects.requireNonNull(status, "status");
	}

	/**
	 * Preferences of a buyer in good standing.
	 * @param optOutNonEssential whether the buyer declines non-essential messages
	 */
	public BuyerSettings(boolean optOutNonEssential) {
		this(optOutNonEssential, MessagingStatus.ACTIVE);
	}

}
