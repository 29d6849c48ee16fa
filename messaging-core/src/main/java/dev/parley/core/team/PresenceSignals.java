package dev.parley.core.team;

/**
 * Carries presence pings to every application instance (this one included), where each is
 * recorded in that instance's {@link Presence}.
 */
public interface PresenceSignals {

	/**
	 * Announces a ping to all instances; it arrives as a {@link Presence.Pinged} event.
	 * @param ping the ping
	 */
	void announce(Presence.Pinged ping);

}
