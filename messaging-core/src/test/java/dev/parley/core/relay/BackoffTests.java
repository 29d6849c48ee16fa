package dev.parley.core.relay;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

	final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 2, 8, 0);

	@Test
	void waitsDoubleUpToTheCeiling() {
		assertThat(this.backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(480));
		assertThat(this.backoff.delayAfter(20)).isEqualTo(Duration.ofHours(1));
		assertThat(this.backoff.delayAfter(10_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		assertThat(this.backoff.nextAttempt(7, T, () -> 0.5)).contains(T.plus(Duration.ofSeconds(30 << 6)));
		assertThat(this.backoff.nextAttempt(8, T, () -> 0.5)).isEmpty();
	}

	@Test
	void jitterSpreadsAroundTheWait() {
		Backoff jittered = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 2, 5, 0.2);
		assertThat(jittered.nextAttempt(1, T, () -> 0.0)).contains(T.plusSeconds(8));
		assertThat(jittered.nextAttempt(1, T, () -> 0.5)).contains(T.plusSeconds(10));
		assertThat(jittered.nextAttempt(1, T, () -> 0.999_999))
			.hasValueSatisfying((at) -> assertThat(at).isBetween(T.plusMillis(11_990), T.plusSeconds(12)));
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2, 3, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 3, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 3, 0));
	}

}
