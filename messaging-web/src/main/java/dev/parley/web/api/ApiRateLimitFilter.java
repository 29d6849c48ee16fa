package dev.parley.web.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.parley.web.security.ApiAuthentication;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-token rate limits: a token bucket per API token (capacity and refill are
 * configuration). Over the limit, the answer is 429 with {@code Retry-After} in seconds.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final ProblemWriter problems;

	private final long capacity;

	private final Duration refillPeriod;

	ApiRateLimitFilter(ProblemWriter problems, long capacity, Duration refillPeriod) {
		this.problems = problems;
		this.capacity = capacity;
		this.refillPeriod = refillPeriod;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof ApiAuthentication api)) {
			chain.doFilter(request, response);
			return;
		}
		Bucket bucket = this.buckets.computeIfAbsent(api.tokenId(), (id) -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.refillPeriod).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "Too many requests",
				"This token may make " + this.capacity + " requests per " + this.refillPeriod.toSeconds()
						+ " seconds; try again in " + seconds + " seconds.");
	}

}
