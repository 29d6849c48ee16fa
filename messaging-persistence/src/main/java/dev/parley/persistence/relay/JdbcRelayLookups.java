package dev.parley.persistence.relay;

import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.OrderId;
import dev.parley.core.relay.ReplyThreading.PairThread;
import dev.parley.core.relay.RelayLookups;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relay's lookups in PostgreSQL. A pair's threads are read through the thread key's
 * unique index (buyer, seller, order), and the few found are sorted.
 */
@Component
@Transactional(readOnly = true)
class JdbcRelayLookups implements RelayLookups {

	private final JdbcTemplate jdbc;

	JdbcRelayLookups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PairThread> threads(AccountId buyer, AccountId seller) {
		return this.jdbc.query("""
				SELECT id, order_id, subject, last_activity_at FROM thread
				WHERE buyer_id = ? AND seller_id = ? AND message_count > 0
				ORDER BY last_activity_at DESC, id DESC LIMIT ?
				""",
				(rs, n) -> new PairThread(ThreadId.of(rs.getLong(1)),
						(rs.getString(2) != null) ? OrderId.of(rs.getString(2)) : null, rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				buyer.value(), seller.value(), MAX_PAIR_THREADS);
	}

}
