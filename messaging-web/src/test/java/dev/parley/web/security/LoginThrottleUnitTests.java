package dev.parley.web.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleUnitTests {

	final AtomicLong now = new AtomicLong();

	final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(2), Duration.ofMinutes(15), 1_000,
			Duration.ofSeconds(30), this.now::get);

	@Test
	void anAttackersFailuresNeverSlowTheOwnerFromAnotherAddress() {
		for (int i = 0; i < 50; i++) {
			this.throttle.failed("owner@example.test", "203.0.113.7");
		}
		assertThat(this.throttle.waitBeforeAttempt("owner@example.test", "198.51.100.9")).isZero();
		assertThat(this.throttle.waitBeforeAttempt("Owner@Example.test", "203.0.113.7")).isPositive();
	}

	@Test
	void theDelayDoublesWithEachFailureAfterTheFreeOnesUpToTheCeiling() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("a@example.test", "192.0.2.1");
			assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isZero();
		}
		this.throttle.failed("a@example.test", "192.0.2.1");
		assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isEqualTo(Duration.ofSeconds(3));
		this.throttle.failed("a@example.test", "192.0.2.1");
		assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isEqualTo(Duration.ofSeconds(5));
		this.throttle.failed("a@example.test", "192.0.2.1");
		assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isEqualTo(Duration.ofSeconds(9));
		for (int i = 0; i < 30; i++) {
			this.throttle.failed("a@example.test", "192.0.2.1");
		}
		assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isEqualTo(Duration.ofSeconds(901));
		this.now.addAndGet(Duration.ofMinutes(15).toNanos());
		assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isZero();
		this.throttle.succeeded("a@example.test", "192.0.2.1");
		this.throttle.failed("a@example.test", "192.0.2.1");
		assertThat(this.throttle.waitBeforeAttempt("a@example.test", "192.0.2.1")).isZero();
	}

}
