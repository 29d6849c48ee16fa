package dev.parley.core.team;

/**
 * What a member of a seller's team is doing on a thread's page, as their browser last
 * said.
 */
public enum PresenceState {

	/** The thread page is open. */
	VIEWING,

	/** The page is open and the reply box has unsent text typed recently. */
	REPLYING,

	/** The page was closed (the member is gone before the expiry says so). */
	GONE

}
