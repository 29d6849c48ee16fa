package dev.parley.persistence.relay;

import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.relay.InboundReceipts;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbound emails taken into the record ({@code relay_inbound_email}). The insert takes
 * the primary key's lock: a second delivery of the same email waits for the first one's
 * transaction and then finds its row.
 */
@Component
class JdbcInboundReceipts implements InboundReceipts {

	private final JdbcTemplate jdbc;

	JdbcInboundReceipts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(AccountId sender, String messageIdHeader, Instant at) {
		return this.jdbc.update("""
				INSERT INTO relay_inbound_email (sender_id, message_id_header, received_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING
				""", sender.value(), messageIdHeader, Sql.timestamp(at)) == 1;
	}

}
