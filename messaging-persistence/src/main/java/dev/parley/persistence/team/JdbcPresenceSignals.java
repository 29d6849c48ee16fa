package dev.parley.persistence.team;

import dev.parley.core.team.Presence;
import dev.parley.core.team.PresenceSignals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Presence pings through PostgreSQL's {@code NOTIFY} on
 * {@link PresenceNotifications#CHANNEL}: every instance's listening connection (this
 * one's too) hears it. Nothing is written to any table; outside a transaction the
 * notification goes out at once.
 */
@Component
class JdbcPresenceSignals implements PresenceSignals {

	private final JdbcClient jdbc;

	JdbcPresenceSignals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void announce(Presence.Pinged ping) {
		this.jdbc.sql("SELECT pg_notify(?, ?)")
			.params(PresenceNotifications.CHANNEL, PresenceNotifications.payload(ping))
			.query((rs, row) -> 1)
			.list();
	}

}
