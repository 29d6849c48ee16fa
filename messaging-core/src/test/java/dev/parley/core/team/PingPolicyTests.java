package dev.parley.core.team;

import java.time.Instant;

import dev.parley.core.conversation.ThreadId;
import org.junit.jupiter.api.Test;

import static dev.parley.core.team.PresenceTests.ANA;
import static dev.parley.core.team.PresenceTests.BEN;
import static dev.parley.core.team.PresenceTests.SELLER;
import static dev.parley.core.team.PresenceTests.T0;
import static dev.parley.core.team.PresenceTests.ping;
import static org.assertj.core.api.Assertions.assertThat;

class PingPolicyTests {

	final PingPolicy policy = new PingPolicy();

	@Test
	void theFirstPingIsRelayedAndTheSameStateOnlyAfterTheRefresh() {
		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0))
			.isEqualTo(PingPolicy.Decision.RELAY);
		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0.plusSeconds(5)))
			.isEqualTo(PingPolicy.Decision.UNCHANGED);
		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0.plus(PingPolicy.REFRESH)))
			.isEqualTo(PingPolicy.Decision.RELAY);
	}

	@Test
	void aChangeOfStateIsRelayedAtOnceButNotFasterThanTheMinimumInterval() {
		this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0);

		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.REPLYING), T0.plusMillis(300)))
			.isEqualTo(PingPolicy.Decision.TOO_FREQUENT);
		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.REPLYING), T0.plus(PingPolicy.MIN_INTERVAL)))
			.isEqualTo(PingPolicy.Decision.RELAY);
		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING),
				T0.plus(PingPolicy.MIN_INTERVAL).plusMillis(10)))
			.isEqualTo(PingPolicy.Decision.TOO_FREQUENT);
	}

	@Test
	void membersAndThreadsHaveTheirOwnLimit() {
		this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0);

		assertThat(this.policy.decide(ping(BEN, "Ben", PresenceState.VIEWING), T0))
			.isEqualTo(PingPolicy.Decision.RELAY);
		assertThat(
				this.policy.decide(new Presence.Pinged(SELLER, ThreadId.of(5), ANA, "Ana", PresenceState.VIEWING), T0))
			.isEqualTo(PingPolicy.Decision.RELAY);
	}

	@Test
	void forgottenPingsLimitNothing() {
		this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0);
		this.policy.forget(T0.plus(Presence.EXPIRY));

		assertThat(this.policy.decide(ping(ANA, "Ana", PresenceState.VIEWING), T0.plus(Presence.EXPIRY)))
			.isEqualTo(PingPolicy.Decision.RELAY);
	}

}
