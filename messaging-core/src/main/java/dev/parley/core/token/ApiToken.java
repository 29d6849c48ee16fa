package dev.parley.core.token;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.team.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * An API bearer token as stored: never the token itself, only its SHA-256 and the first
 * characters for recognition.
 *
 * @param id the id
 * @param account whose it is
 * @param name the owner's label
 * @param prefix the first characters of the token, for recognition in lists
 * @param createdAt when it was created
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, or null
 * @param lastUsedAt when it was last used (updated at most once a minute), or null
 * @param member the member of the seller's team it belongs to, or null for the account's
 * owner (a member's token carries that member's permissions)
 */
public record ApiToken(long id, AccountId account, String name, String prefix, Instant createdAt, Instant expiresAt,
		@Nullable Instant revokedAt, @Nullable Instant lastUsedAt, @Nullable MemberId member) {

	/** A token of the account's owner. */
	public ApiToken(long id, AccountId account, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
		this(id, account, name, prefix, createdAt, expiresAt, revokedAt, lastUsedAt, null);
	}

	public ApiToken {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}

	public boolean isActive(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
