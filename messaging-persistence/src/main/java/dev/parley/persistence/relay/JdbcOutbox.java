package dev.parley.persistence.relay;

import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.relay.Outbox;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox ({@code outbox_email}). Enqueuing is one insert that does nothing when
 * the (message, recipient) row exists. The relay worker claims due rows with
 * {@code FOR UPDATE SKIP LOCKED} over the index {@code outbox_email_due_idx}.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcOutbox implements Outbox {

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
	public int countFor(MessageId message) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM outbox_email WHERE message_id = ?",
				Integer.class, message.value());
		return (count != null) ? count : 0;
	}

}
