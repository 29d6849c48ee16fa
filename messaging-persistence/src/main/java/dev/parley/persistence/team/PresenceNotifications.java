package dev.parley.persistence.team;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Presence;
import dev.parley.core.team.PresenceState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The {@code parley_presence} notification channel: a ping's payload is
 * {@code seller|thread|member|STATE|name} (member 0 and no name for the account's owner;
 * the name last, so that it may hold any character). A few dozen bytes, well below
 * PostgreSQL's 8,000.
 */
public final class PresenceNotifications {

	/** The channel every instance listens on. */
	public static final String CHANNEL = "parley_presence";

	private static final Log logger = LogFactory.getLog(PresenceNotifications.class);

	private PresenceNotifications() {
	}

	static String payload(Presence.Pinged ping) {
		return ping.seller().value() + "|" + ping.thread().value() + "|"
				+ ((ping.member() != null) ? ping.member().value() : 0) + "|" + ping.state().name() + "|"
				+ ((ping.name() != null) ? ping.name() : "");
	}

	/**
	 * Reads a notification's payload.
	 * @param payload what {@link #payload} wrote
	 * @return the ping, or null (logged) for anything else
	 */
	public static Presence.@Nullable Pinged parse(String payload) {
		String[] parts = payload.split("\\|", 5);
		try {
			if (parts.length == 5) {
				long member = Long.parseLong(parts[2]);
				return new Presence.Pinged(AccountId.of(Long.parseLong(parts[0])),
						ThreadId.of(Long.parseLong(parts[1])), (member != 0) ? MemberId.of(member) : null,
						(member != 0) ? parts[4] : null, PresenceState.valueOf(parts[3]));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through: not a ping
		}
		logger.warn("Ignored a presence notification: " + payload);
		return null;
	}

}
