package dev.parley.core.account;

/**
 * A buyer's communication preferences.
 *
 * @param optOutNonEssential the buyer declines unsolicited (non-critical proactive)
 * seller messages; critical messages and replies still arrive
 */
public record BuyerSettings(boolean optOutNonEssential) {

}
