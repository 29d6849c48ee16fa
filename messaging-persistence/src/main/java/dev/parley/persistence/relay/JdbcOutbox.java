package dev.parley.persistence.relay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.relay.Outbox;
import dev.parley.core.relay.OutboxEmail;
import dev.parley.core.relay.OutboxEmail.Claim;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox ({@code outbox_email}). Enqueuing is one insert that does nothing when
 * the (message, recipient) row exists. Workers claim due rows with
 * {@code FOR UPDATE SKIP LOCKED} over the index {@code outbox_email_due_idx}, leasing
 * them (next attempt at the end of the lease, a fresh claim token) in one statement and a
 * transaction of its own; every mark names the token, so only the lease holder marks.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcOutbox implements Outbox {

	/** Error texts are for operators; a stack of SMTP replies does not need more. */
	static final int MAX_ERROR_LENGTH = 2000;

	private final JdbcTemplate jdbc;

	JdbcOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(MessageId message, AccountId recipient, String toAddress, Instant at) {
		this.jdbc.update("""
				INSERT INTO outbox_email (message_id, recipient_id, to_address, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT outbox_email_message_recipient_key DO NOTHING
				""", message.value(), recipient.value(), toAddress, Sql.timestamp(at), Sql.timestamp(at));
	}

	@Override
	@Transactional
	public void enqueuePrepared(String toAddress, byte[] mime, Instant at) {
		this.jdbc.update("""
				INSERT INTO outbox_email (to_address, prepared, next_attempt_at, created_at) VALUES (?, ?, ?, ?)
				""", toAddress, mime, Sql.timestamp(at), Sql.timestamp(at));
	}

	@Override
	public int countFor(MessageId message) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM outbox_email WHERE message_id = ?",
				Integer.class, message.value());
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<OutboxEmail> claim(int limit, Instant now, Duration lease) {
		if (limit < 1 || lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("need limit >= 1 and a positive lease");
		}
		UUID token = UUID.randomUUID();
		return this.jdbc.query("""
				UPDATE outbox_email o
				SET claim_token = ?, claimed_at = ?, next_attempt_at = ?, attempts = o.attempts + 1
				FROM (SELECT id FROM outbox_email
				      WHERE status = 'PENDING' AND next_attempt_at <= ?
				      ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) due
				WHERE o.id = due.id
				RETURNING o.id, o.message_id, o.recipient_id, o.to_address, o.attempts, o.prepared, o.next_attempt_at
				""", (rs, n) -> email(rs, token), token, Sql.timestamp(now), Sql.timestamp(now.plus(lease)),
				Sql.timestamp(now), limit)
			.stream()
			.sorted((a, b) -> Long.compare(a.claim().id(), b.claim().id()))
			.toList();
	}

	private static OutboxEmail email(ResultSet rs, UUID token) throws SQLException {
		long message = rs.getLong("message_id");
		boolean prepared = rs.wasNull();
		long recipient = rs.getLong("recipient_id");
		return new OutboxEmail(new Claim(rs.getLong("id"), token), prepared ? null : MessageId.of(message),
				prepared ? null : AccountId.of(recipient), rs.getString("to_address"), rs.getInt("attempts"),
				prepared ? rs.getBytes("prepared") : null);
	}

	@Override
	@Transactional
	public int markSent(List<Claim> claims, Instant at) {
		if (claims.isEmpty()) {
			return 0;
		}
		int[][] counts = this.jdbc.batchUpdate("""
				UPDATE outbox_email SET status = 'SENT', sent_at = ?, claim_token = NULL, last_error = NULL
				WHERE id = ? AND claim_token = ? AND status = 'PENDING'
				""", claims, claims.size(), (ps, claim) -> {
			ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
			ps.setLong(2, claim.id());
			ps.setObject(3, claim.token());
		});
		int marked = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				marked += Math.max(count, 0);
			}
		}
		return marked;
	}

	@Override
	@Transactional
	public boolean retryLater(Claim claim, String error, Instant retryAt) {
		return this.jdbc.update("""
				UPDATE outbox_email SET next_attempt_at = ?, last_error = ?, claim_token = NULL
				WHERE id = ? AND claim_token = ? AND status = 'PENDING'
				""", Sql.timestamp(retryAt), truncate(error), claim.id(), claim.token()) == 1;
	}

	@Override
	@Transactional
	public boolean giveUp(Claim claim, String error, Instant at) {
		return finish(claim, "FAILED", error, at);
	}

	@Override
	@Transactional
	public boolean skip(Claim claim, String reason, Instant at) {
		return finish(claim, "SKIPPED", reason, at);
	}

	private boolean finish(Claim claim, String status, String error, Instant at) {
		return this.jdbc.update("""
				UPDATE outbox_email SET status = ?, last_error = ?, next_attempt_at = ?, claim_token = NULL
				WHERE id = ? AND claim_token = ? AND status = 'PENDING'
				""", status, truncate(error), Sql.timestamp(at), claim.id(), claim.token()) == 1;
	}

	@Override
	@Transactional
	public void release(List<Claim> claims, Instant now) {
		if (claims.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				UPDATE outbox_email SET next_attempt_at = ?, attempts = greatest(attempts - 1, 0), claim_token = NULL
				WHERE id = ? AND claim_token = ? AND status = 'PENDING'
				""", claims, claims.size(), (ps, claim) -> {
			ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
			ps.setLong(2, claim.id());
			ps.setObject(3, claim.token());
		});
	}

	private static String truncate(String error) {
		return (error.length() <= MAX_ERROR_LENGTH) ? error : error.substring(0, MAX_ERROR_LENGTH);
	}

}
