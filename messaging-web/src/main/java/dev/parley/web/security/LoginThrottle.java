package dev.parley.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing for form login and API token requests alike, per pair of
 * account and client address, with a progressive delay: after the free attempts, each
 * further failure of the pair doubles the wait before its next attempt (up to a ceiling).
 * The account itself is never locked: its real owner, trying from another address, is not
 * slowed down by an attacker's failures (a lock-out per account would hand every attacker
 * a denial of service). One address trying many accounts is limited by a bucket of its
 * own. A success clears the pair.
 */
@Component
public class LoginThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Failures> pairs = new ConcurrentHashMap<>();

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final int freeAttempts;

	private final Duration baseDelay;

	private final Duration maxDelay;

	private final int addressAttempts;

	private final Duration addressRefill;

	private final LongSupplier nanoTime;

	@Autowired
	LoginThrottle(@Value("${parley.login.free-attempts:5}") int freeAttempts,
			@Value("${parley.login.base-delay:2s}") Duration baseDelay,
			@Value("${parley.login.max-delay:15m}") Duration maxDelay,
			@Value("${parley.login.address-attempts:20}") int addressAttempts,
			@Value("${parley.login.address-refill:30s}") Duration addressRefill) {
		this(freeAttempts, baseDelay, maxDelay, addressAttempts, addressRefill, System::nanoTime);
	}

	LoginThrottle(int freeAttempts, Duration baseDelay, Duration maxDelay, int addressAttempts, Duration addressRefill,
			LongSupplier nanoTime) {
		this.freeAttempts = freeAttempts;
		this.baseDelay = baseDelay;
		this.maxDelay = maxDelay;
		this.addressAttempts = addressAttempts;
		this.addressRefill = addressRefill;
		this.nanoTime = nanoTime;
	}

	/**
	 * How long this attempt must wait.
	 * @param email the account address tried
	 * @param address the client's address
	 * @return zero when the attempt may go ahead, else the wait
	 */
	public Duration waitBeforeAttempt(String email, String address) {
		Failures failures = this.pairs.get(key(email, address));
		long pair = (failures != null) ? failures.nanosToWait(this.nanoTime.getAsLong()) : 0;
		long nanos = Math.max(pair, nanosToWait(this.addresses.get(address)));
		return (nanos == 0) ? Duration.ZERO : Duration.ofNanos(nanos).plusSeconds(1).withNanos(0);
	}

	/**
	 * Records a failed attempt.
	 * @param email the account address tried
	 * @param address the client's address
	 */
	public void failed(String email, String address) {
		if (this.pairs.size() > MAX_TRACKED || this.addresses.size() > MAX_TRACKED) {
			this.pairs.clear();
			this.addresses.clear();
		}
		long now = this.nanoTime.getAsLong();
		this.pairs.compute(key(email, address), (k, failures) -> ((failures != null) ? failures : new Failures(0, now))
			.next(now, this.freeAttempts, this.baseDelay, this.maxDelay));
		this.addresses.computeIfAbsent(address, (k) -> bucket(this.addressAttempts, this.addressRefill)).tryConsume(1);
	}

	/**
	 * Forgets a pair's failures after a successful login.
	 * @param email the account address
	 * @param address the client's address
	 */
	public void succeeded(String email, String address) {
		this.pairs.remove(key(email, address));
	}

	private static long nanosToWait(Bucket bucket) {
		if (bucket == null) {
			return 0;
		}
		return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	private static Bucket bucket(int attempts, Duration refillEach) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(1, refillEach).build())
			.build();
	}

	private static String key(String email, String address) {
		return ((email != null) ? email.strip().toLowerCase(Locale.ROOT) : "") + "\n" + address;
	}

	/**
	 * A pair's failures: how many, and until when the next attempt waits.
	 *
	 * @param count the failures so far
	 * @param notBefore {@code System.nanoTime()} before which no attempt goes ahead
	 */
	record Failures(int count, long notBefore) {

		Failures next(long now, int free, Duration base, Duration max) {
			int count = this.count + 1;
			if (count < free) {
				return new Failures(count, now);
			}
			int doublings = Math.min(30, count - free);
			long delay = Math.min(max.toNanos(), base.toNanos() << doublings);
			return new Failures(count, now + delay);
		}

		long nanosToWait(long now) {
			return Math.max(0, this.notBefore - now);
		}

	}

}
