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
 * @param pollInterval how often the feed is sequenced and due endpoints are looked for
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
 */
@Validated
@ConfigurationProperties("parley.webhooks")
public record WebhookProperties(boolean dispatcher, @NotNull Duration pollInterval, @NotNull Duration lease,
		@NotNull Duration timeout, @NotNull Duration retryInitial, @NotNull Duration retryMax, @Min(1) int disableAfter,
		@NotNull Duration dueSoonLead, @NotNull Duration dueScanInterval, @NotNull Duration secretOverlap,
		boolean allowPrivateReceivers, boolean allowHttp, @Min(1) @Max(100) int maxEndpoints) {

	public WebhookProperties {
		if (lease.compareTo(timeout.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("parley.webhooks.lease must be at least three attempt timeouts");
		}
	}

	Backoff backoff() {
		return new Backoff(this.retryInitial, this.retryMax, 2.0, Integer.MAX_VALUE, 0.2);
	}

}
