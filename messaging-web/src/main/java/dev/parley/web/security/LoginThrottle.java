package dev.parley.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address, for form login and
 * for API token requests alike. Each failed attempt takes a token from the account's
 * bucket and from the address's bucket; an empty bucket refuses attempts until it
 * refills, and the caller is told how many seconds to wait. Successful logins cost
 * nothing.
 */
@Component
public class LoginThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final int accountAttempts;

	private final Duration accountRefill;

	private final int addressAttempts;

	private final Duration addressRefill;

	LoginThrottle(@Value("${parley.login.account-attempts:5}") int accountAttempts,
			@Value("${parley.login.account-refill:1m}") Duration accountRefill,
			@Value("${parley.login.address-attempts:20}") int addressAttempts,
			@Value("${parley.login.address-refill:30s}") Duration addressRefill) {
		this.accountAttempts = accountAttempts;
		this.accountRefill = accountRefill;
		this.addressAttempts = addressAttempts;
		this.addressRefill = addressRefill;
	}

	/**
	 * How long this attempt must wait.
	 * @param email the account address tried
	 * @param address the client's address
	 * @return zero when the attempt may go ahead, else the wait
	 */
	public Duration waitBeforeAttempt(String email, String address) {
		long nanos = Math.max(nanosToWait(this.accounts.get(key(email))), nanosToWait(this.addresses.get(address)));
		return (nanos == 0) ? Duration.ZERO : Duration.ofNanos(nanos).plusSeconds(1).withNanos(0);
	}

	/**
	 * Records a failed attempt.
	 * @param email the account address tried
	 * @param address the client's address
	 */
	public void failed(String email, String address) {
		if (this.accounts.size() > MAX_TRACKED || this.addresses.size() > MAX_TRACKED) {
			this.accounts.clear();
			this.addresses.clear();
		}
		this.accounts.computeIfAbsent(key(email), (k) -> bucket(this.accountAttempts, this.accountRefill))
			.tryConsume(1);
		this.addresses.computeIfAbsent(address, (k) -> bucket(this.addressAttempts, this.addressRefill)).tryConsume(1);
	}

	/**
	 * Forgets an account's failures after a successful login.
	 * @param email the account address
	 */
	public void succeeded(String email) {
		this.accounts.remove(key(email));
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

	private static String key(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
