package dev.parley.core.idempotency;

import java.time.Instant;
import java.util.Optional;

import dev.parley.core.account.AccountId;

/**
 * Port: idempotency keys of message-creating requests, per account.
 * <p>
 * Protocol, all in the request's transaction: {@link #claim} first. An empty result means
 * this request is the first with the key: do the work, then {@link #complete}. A
 * concurrent request with the same key blocks in {@code claim} until the first
 * transaction ends; if it committed, it gets the stored response; if it rolled back, it
 * claims the key itself.
 */
public interface IdempotencyKeys {

	/**
	 * Claims a key for the current transaction, or returns the completed response.
	 * @param account the caller
	 * @param key the {@code Idempotency-Key} header
	 * @param requestHash a hash of method, path and body, to detect a key reused for
	 * another request
	 * @param at when
	 * @return empty when claimed; the stored response when a request with this key
	 * completed
	 */
	Optional<StoredResponse> claim(AccountId account, String key, String requestHash, Instant at);

	void complete(AccountId account, String key, int status, String body);

	/**
	 * The response of a completed request.
	 *
	 * @param requestHash the hash of the request that produced it
	 * @param status HTTP status
	 * @param body JSON body
	 */
	record StoredResponse(String requestHash, int status, String body) {
	}

}
