package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A message from the marketplace to a seller ("Platform notices" tab): warnings,
 * suspensions, reinstatements, policy notes. Append-only.
 *
 * @param id the id
 * @param seller the seller
 * @param kind what it is about, e.g. {@code WARN}, {@code SUSPEND}, {@code REINSTATE},
 * {@code DISMISS}, {@code POLICY}
 * @param subject the subject, in the seller's language
 * @param body the text, in the seller's language
 * @param decision the decision that caused it, or null
 * @param at when
 */
public record PlatformNotice(long id, AccountId seller, String kind, String subject, String body,
		@Nullable Long decision, Instant at) {

	public PlatformNotice {
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(at, "at");
	}

}
