package dev.parley.core.integration;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A receiver of signed deliveries.
 *
 * @param id the endpoint
 * @param owner whose feed it receives
 * @param url where deliveries are POSTed
 * @param description the owner's label
 * @param events the types it receives
 * @param secret the signing secret ({@code whsec_} and base64)
 * @param previousSecret the secret before the last rotation while still signed with, or
 * null
 * @param enabled whether deliveries go out
 * @param disabledReason why it was disabled, or null
 * @param consecutiveFailures failed attempts since the last success
 * @param createdAt when registered
 */
public record WebhookEndpoint(long id, AccountId owner, URI url, String description, Set<WebhookEvent> events,
		String secret, @Nullable String previousSecret, boolean enabled, @Nullable String disabledReason,
		int consecutiveFailures, Instant createdAt) {

	public WebhookEndpoint {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(url, "url");
		events = Set.copyOf(events);
	}

	/**
	 * The secrets to sign with, newest first.
	 * @return one or two secrets
	 */
	public List<String> signingSecrets() {
		return (this.previousSecret != null) ? List.of(this.secret, this.previousSecret) : List.of(this.secret);
	}

	public boolean receives(String type) {
		return WebhookEvent.ofWireName(type).map(this.events::contains).orElse(false);
	}

}
