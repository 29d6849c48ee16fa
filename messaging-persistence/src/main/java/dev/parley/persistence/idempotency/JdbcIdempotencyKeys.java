package dev.parley.persistence.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.idempotency.IdempotencyKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys. {@code INSERT … ON CONFLICT DO NOTHING} waits for a concurrent
 * transaction that inserted the same key: when that one commits, the insert does nothing
 * and the stored response is read; when it rolls back, this insert claims the key.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JdbcIdempotencyKeys implements IdempotencyKeys {

	private final JdbcClient jdbc;

	JdbcIdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<StoredResponse> claim(AccountId account, String key, String requestHash, Instant at) {
		int inserted = this.jdbc
			.sql("INSERT INTO idempotency_key (account_id, key, request_hash, created_at) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT (account_id, key) DO NOTHING")
			.params(account.value(), key, requestHash, Timestamp.from(at))
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT request_hash, status, body FROM idempotency_key WHERE account_id = ? AND key = ?")
			.params(account.value(), key)
			.query((rs, row) -> new StoredResponse(rs.getString("request_hash"), rs.getInt("status"),
					(rs.getString("body") != null) ? rs.getString("body") : ""))
			.optional();
	}

	@Override
	public void complete(AccountId account, String key, int status, String body) {
		int updated = this.jdbc.sql("UPDATE idempotency_key SET status = ?, body = ? WHERE account_id = ? AND key = ?")
			.params(status, body, account.value(), key)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("idempotency key was not claimed in this transaction");
		}
	}

}
