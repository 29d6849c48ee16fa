package dev.parley.core.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.team.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Port: API tokens, looked up by the SHA-256 of the presented token (a token has 256
 * random bits, so a fast hash is enough and no password hash runs per request).
 */
public interface ApiTokens {

	default ApiToken create(AccountId account, String name, byte[] sha256, String prefix, Instant createdAt,
			Instant expiresAt) {
		return create(account, null, name, sha256, prefix, createdAt, expiresAt);
	}

	/**
	 * Stores a token.
	 * @param account the account it acts in
	 * @param member the member of the seller's team it belongs to, or null for the owner
	 * @param name the label
	 * @param sha256 the token's hash
	 * @param prefix its first characters
	 * @param createdAt when
	 * @param expiresAt when it stops working
	 * @return the stored token
	 */
	ApiToken create(AccountId account, @Nullable MemberId member, String name, byte[] sha256, String prefix,
			Instant createdAt, Instant expiresAt);

	/**
	 * The active token with this hash.
	 * @param sha256 the SHA-256 of the presented token
	 * @param now the time to check expiry against
	 * @return the token, when it exists, is not revoked and has not expired
	 */
	Optional<ApiToken> findActive(byte[] sha256, Instant now);

	List<ApiToken> list(AccountId account);

	/**
	 * The tokens of one person of an account.
	 * @param account the account
	 * @param member the member, or null for the owner's own tokens
	 * @return their tokens, newest first
	 */
	List<ApiToken> list(AccountId account, @Nullable MemberId member);

	/**
	 * Revokes every active token of a member (when the member is removed).
	 * @param member the member
	 * @param at when
	 * @return the revoked tokens' ids
	 */
	List<Long> revokeAll(MemberId member, Instant at);

	/**
	 * Revokes one of the account's tokens.
	 * @param id the token
	 * @param account the owner (another account's token is "not found")
	 * @param at when
	 * @return whether a token of the account was revoked
	 */
	boolean revoke(long id, AccountId account, Instant at);

	/**
	 * Revokes one of a person's tokens.
	 * @param id the token
	 * @param account the account
	 * @param member the member, or null for the owner (another person's token is "not
	 * found")
	 * @param at when
	 * @return whether such a token was revoked
	 */
	boolean revoke(long id, AccountId account, @Nullable MemberId member, Instant at);

	void touch(long id, Instant at);

}
