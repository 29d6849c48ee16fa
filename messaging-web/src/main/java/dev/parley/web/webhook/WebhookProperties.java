package dev.parley.web.webhook;

import java.time.Duration;

import dev.parley.core.relay.Backoff;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.webhooks.*}: the dispatcher, retries, auto-disable, the response-clock
 * alerts and which receivers are allowed. Defaults are in {@code application.yml}.
 *
 * @param dispatcher whether this instance delivers (every instance may: endpoints are
 * leased)
 * @param pollInterval the longest wait between looks at the feed and the due endpoints
 * (committed messages and thread events wake the dispatcher at once; this catches the
 * events that notify nobody, such as decisions and notices)
 * @param lease how long a worker holds an endpoint (longer than a batch of attempts)
 * @param timeout connect and response timeout of one attempt
 * @param retryInitial the wait after the first failed attempt
 * @param retryMax the longest wait between attempts
 * @param disableAfter failed attempts in a row that disable an endpoint
 * @param dueSoonLead how long before the 24-hour deadline {@code thread.due_soon} comes
 * @param dueScanInterval how often the response clocks are checked
 * @param secretOverlap how long a rotated-out secret still signs (a second signature)
 * @param allowPrivateReceivers whether receivers on loopback, private or link-local
 * addresses are allowed (tests and closed networks only)
 * @param allowHttp whether plain-HTTP receivers are allowed (tests only)
 * @param maxEndpoints endpoints per owner
 * @param parallelism requests in flight on this instance (and endpoints served at once)
 * @param perEndpoint requests in flight to one endpoint (each to a different thread)
 */
@Validated
@ConfigurationProperties("parley.webhooks")
public record WebhookProperties(boolean dispatcher, @NotNull Duration pollInterval, @NotNull Duration lease,
		@NotNull Duration timeout, @NotNull Duration retryInitial, @NotNull Duration retryMax, @Min(1) int disableAfter,
		@NotNull Duration dueSoonLead, @NotNull Duration dueScanInterval, @NotNull Duration secretOverlap,
		boolean allowPrivateReceivers, boolean allowHttp, @Min(1) @Max(100) int maxEndpoints,
		@Min(1) @Max(256) int parallelism, @Min(1) @Max(64) int perEndpoint) {

	public WebhookProperties {
		if (lease.compareTo(timeout.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("parley.webhooks.lease must be at least three attempt timeouts");
		}
	}

	Backoff backoff() {
		return new Backoff(this.retryInitial, this.retryMax, 2.0, Integer.MAX_VALUE, 0.2);
	}

}
