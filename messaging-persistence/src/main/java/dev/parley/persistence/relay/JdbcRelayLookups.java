package dev.parley.persistence.relay;

import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.relay.RelayLookups;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relay's lookups in PostgreSQL. The latest thread of a pair reads the pair's rows
 * through the thread key's unique index (buyer, seller, order) and sorts the few it
 * finds.
 */
@Component
@Transactional(readOnly = true)
class JdbcRelayLookups implements RelayLookups {

	private final JdbcTemplate jdbc;

	JdbcRelayLookups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ThreadId> latestThread(AccountId buyer, AccountId seller) {
		return this.jdbc.query("""
				SELECT id FROM thread WHERE buyer_id = ? AND seller_id = ? AND message_count > 0
				ORDER BY last_activity_at DESC, id DESC LIMIT 1
				""", (rs, n) -> ThreadId.of(rs.getLong(1)), buyer.value(), seller.value()).stream().findFirst();
	}

}
