package dev.parley.core.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed email again: exponential backoff with a ceiling, a little jitter
 * so that emails queued together do not retry in lockstep, and a last attempt after which
 * the relay gives up.
 *
 * @param initial the wait after the first failed attempt
 * @param max the longest wait
 * @param multiplier how much longer each wait is than the one before (at least 1)
 * @param maxAttempts how many attempts in all before giving up
 * @param jitter the share of each wait drawn at random, 0 (none) to 0.5
 */
public record Backoff(Duration initial, Duration max, double multiplier, int maxAttempts, double jitter) {

	public Backoff {
		Objects.requireNonNull(initial, "initial");
		Objects.requireNonNull(max, "max");
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("need 0 < initial <= max");
		}
		if (multiplier < 1 || maxAttempts < 1 || jitter < 0 || jitter > 0.5) {
			throw new IllegalArgumentException("need multiplier >= 1, maxAttempts >= 1, 0 <= jitter <= 0.5");
		}
	}

	/**
	 * The wait after a failed attempt, before jitter.
	 * @param attempts the attempts made so far, at least 1
	 * @return the wait
	 */
	public Duration delayAfter(int attempts) {
		double millis = this.initial.toMillis() * Math.pow(this.multiplier, Math.max(0, attempts - 1));
		return (millis >= this.max.toMillis()) ? this.max : Duration.ofMillis((long) millis);
	}

	/**
	 * The next attempt after a failure, or none when the attempts are used up.
	 * @param attempts the attempts made so far, the failed one included
	 * @param now when it failed
	 * @param random uniform in [0, 1), for the jitter
	 * @return when to try again, or empty to give up
	 */
	public Optional<Instant> nextAttempt(int attempts, Instant now, DoubleSupplier random) {
		if (attempts >= this.maxAttempts) {
			return Optional.empty();
		}
		long delay = delayAfter(attempts).toMillis();
		long spread = (long) (delay * this.jitter);
		long jittered = delay - spread + (long) (2 * spread * random.getAsDouble());
		return Optional.of(now.plusMillis(Math.max(1, jittered)));
	}

}
