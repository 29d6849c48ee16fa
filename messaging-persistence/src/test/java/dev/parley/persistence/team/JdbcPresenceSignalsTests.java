package dev.parley.persistence.team;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Presence;
import dev.parley.core.team.PresenceSignals;
import dev.parley.core.team.PresenceState;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presence path between instances: a ping announced here reaches any connection that
 * listens on {@code parley_presence} (another instance's), and this instance's own
 * listener publishes it as a {@link Presence.Pinged} event, names with any character
 * intact.
 */
@SpringBootTest(classes = dev.parley.persistence.PersistenceTestApplication.class)
@Import(JdbcPresenceSignalsTests.Listening.class)
class JdbcPresenceSignalsTests {

	@Autowired
	PresenceSignals signals;

	@Autowired
	DataSource dataSource;

	@Autowired
	Heard heard;

	@Test
	void aPingReachesAnotherListeningConnectionAndThisInstancesListener() throws Exception {
		Presence.Pinged ping = new Presence.Pinged(AccountId.of(41), ThreadId.of(9001), MemberId.of(5),
				"Zoë | \"Ops\" 日本", PresenceState.REPLYING);
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(true);
			try (Statement statement = other.createStatement()) {
				statement.execute("LISTEN " + PresenceNotifications.CHANNEL);
			}
			this.signals.announce(ping);

			PGNotification[] notifications = other.unwrap(PGConnection.class).getNotifications(10_000);
			assertThat(notifications).isNotNull().hasSize(1);
			assertThat(notifications[0].getName()).isEqualTo(PresenceNotifications.CHANNEL);
			assertThat(PresenceNotifications.parse(notifications[0].getParameter())).isEqualTo(ping);
		}
		Presence.Pinged published = this.heard.pings.poll(10, TimeUnit.SECONDS);
		while (published != null && !published.equals(ping)) {
			published = this.heard.pings.poll(10, TimeUnit.SECONDS);
		}
		assertThat(published).isEqualTo(ping);
	}

	@Test
	void theOwnerTravelsWithoutMemberOrName() {
		Presence.Pinged owner = new Presence.Pinged(AccountId.of(41), ThreadId.of(9001), null, null,
				PresenceState.VIEWING);

		assertThat(PresenceNotifications.parse(PresenceNotifications.payload(owner))).isEqualTo(owner);
		assertThat(PresenceNotifications.parse("41|9001|5|DANCING|Zoë")).isNull();
		assertThat(PresenceNotifications.parse("garbage")).isNull();
	}

	@TestConfiguration
	static class Listening {

		@Bean
		Heard heard() {
			return new Heard();
		}

	}

	static class Heard {

		final BlockingQueue<Presence.Pinged> pings = new LinkedBlockingQueue<>();

		@EventListener
		void pinged(Presence.Pinged ping) {
			this.pings.add(ping);
		}

	}

}
