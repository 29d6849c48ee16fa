package dev.parley.core.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;

/**
 * Port: API tokens, looked up by the SHA-256 of the presented token (a token has 256
 * random bits, so a fast hash is enough and no password hash runs per request).
 */
public interface ApiTokens {

	ApiToken create(AccountId account, String name, byte[] sha256, String prefix, Instant createdAt, Instant expiresAt);

	/**
	 * The active token with this hash.
	 * @param sha256 the SHA-256 of the presented token
	 * @param now the time to check expiry against
	 * @return the token, when it exists, is not revoked and has not expired
	 */
	Optional<ApiToken> findActive(byte[] sha256, Instant now);

	List<ApiToken> list(AccountId account);

	/**
	 * Revokes one of the account's tokens.
	 * @param id the token
	 * @param account the owner (another account's token is "not found")
	 * @param at when
	 * @return whether a token of the account was revoked
	 */
	boolean revoke(long id, AccountId account, Instant at);

	void touch(long id, Instant at);

}
