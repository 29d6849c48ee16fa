package dev.parley.persistence.integration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.integration.Change;
import dev.parley.core.integration.Changes;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes feed in PostgreSQL ({@code V60__changes_feed.sql} explains the two stages).
 * The sequencer takes the row lock of {@code change_sequencer} with {@code SKIP LOCKED}:
 * when another instance is sequencing, this call moves nothing and the other one does the
 * work.
 */
@Component
@Transactional(readOnly = true)
class JdbcChanges implements Changes {

	private final JdbcTemplate jdbc;

	JdbcChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int sequence(int max) {
		List<Long> last = this.jdbc.queryForList("SELECT last_position FROM change_sequencer FOR UPDATE SKIP LOCKED",
				Long.class);
		if (last.isEmpty()) {
			return 0;
		}
		// Final rows (their transactions ended before every one still running began), in
		// transaction order, without any row that has an earlier row of its thread left
		// behind (not final yet, or beyond the limit).
		List<Logged> batch = this.jdbc.query("""
				WITH candidate AS (
				    SELECT id, xid, thread_id FROM change_log
				    WHERE xid < pg_snapshot_xmin(pg_current_snapshot())
				    ORDER BY xid, id LIMIT ?),
				blocked AS (
				    SELECT e.thread_id, min(e.id) AS first_id FROM change_log e
				    WHERE e.thread_id IN (SELECT thread_id FROM candidate)
				      AND e.id NOT IN (SELECT id FROM candidate)
				    GROUP BY e.thread_id)
				SELECT c.id, c.thread_id FROM candidate c LEFT JOIN blocked b ON b.thread_id = c.thread_id
				WHERE b.first_id IS NULL OR c.id < b.first_id
				ORDER BY c.xid, c.id
				""", (rs, n) -> new Logged(rs.getLong("id"), Sql.nullableLong(rs, "thread_id")), max);
		if (batch.isEmpty()) {
			return 0;
		}
		long[] ids = new long[batch.size()];
		long[] positions = positions(batch, last.get(0), ids);
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			Array idArray = connection.createArrayOf("bigint", boxed(ids));
			Array positionArray = connection.createArrayOf("bigint", boxed(positions));
			try (var insert = connection.prepareStatement("""
					INSERT INTO change_feed (position, party_id, type, thread_id, occurred_at, data)
					SELECT p.position, c.party_id, c.type, c.thread_id, c.occurred_at, c.data
					FROM unnest(?, ?) AS p(id, position) JOIN change_log c ON c.id = p.id
					""")) {
				insert.setArray(1, idArray);
				insert.setArray(2, positionArray);
				insert.executeUpdate();
			}
			delete(connection, idArray);
			return null;
		});
		this.jdbc.update("UPDATE change_sequencer SET last_position = ?", last.get(0) + batch.size());
		return batch.size();
	}

	@Override
	public boolean unsequenced() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM change_log)", Boolean.class));
	}

	/**
	 * The batch's rows take positions {@code last + 1 …} in transaction order, except
	 * that each thread's rows are placed on that thread's slots in log-id order (the
	 * order its writers held the thread lock in).
	 */
	private static long[] positions(List<Logged> batch, long last, long[] ids) {
		Map<Long, List<Integer>> slotsByThread = new LinkedHashMap<>();
		for (int slot = 0; slot < batch.size(); slot++) {
			Logged row = batch.get(slot);
			ids[slot] = row.id();
			if (row.thread() != null) {
				slotsByThread.computeIfAbsent(row.thread(), (thread) -> new ArrayList<>()).add(slot);
			}
		}
		long[] positions = new long[batch.size()];
		for (int slot = 0; slot < batch.size(); slot++) {
			positions[slot] = last + 1 + slot;
		}
		for (List<Integer> slots : slotsByThread.values()) {
			List<Integer> byId = new ArrayList<>(slots);
			byId.sort(Comparator.comparingLong((Integer slot) -> batch.get(slot).id()));
			for (int i = 0; i < slots.size(); i++) {
				positions[byId.get(i)] = last + 1 + slots.get(i);
			}
		}
		return positions;
	}

	private static void delete(Connection connection, Array ids) throws SQLException {
		try (var delete = connection.prepareStatement("DELETE FROM change_log WHERE id = ANY (?)")) {
			delete.setArray(1, ids);
			delete.executeUpdate();
		}
	}

	private static Long[] boxed(long[] values) {
		Long[] boxed = new Long[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return boxed;
	}

	@Override
	public List<Change> after(AccountId party, long after, int limit) {
		return this.jdbc.query("""
				SELECT position, type, thread_id, occurred_at, data::text AS data FROM change_feed
				WHERE party_id = ? AND position > ? ORDER BY position LIMIT ?
				""", JdbcChanges::change, party.value(), after, limit);
	}

	static Change change(ResultSet rs, int n) throws SQLException {
		return new Change(rs.getLong("position"), rs.getString("type"), Sql.nullableLong(rs, "thread_id"),
				Sql.instant(rs, "occurred_at"), rs.getString("data"));
	}

	@Override
	public long latest(AccountId party) {
		Long latest = this.jdbc.queryForObject("SELECT coalesce(max(position), 0) FROM change_feed WHERE party_id = ?",
				Long.class, party.value());
		return (latest != null) ? latest : 0;
	}

	@Override
	@Transactional
	public int raiseDueAlerts(Instant now, Duration responseTime, Duration lead) {
		if (lead.isNegative() || lead.compareTo(responseTime) >= 0) {
			throw new IllegalArgumentException("the lead is between 0 and the response time");
		}
		// Only periods that became due (or due soon) within the last response time: a
		// deployment that starts late does not alert about months-old threads. Threads
		// are
		// locked like every writer of a thread does (skipping busy ones until the next
		// scan),
		// so that the alerts take their place in the thread's order.
		Instant soonFrom = now.minus(responseTime).minus(responseTime.minus(lead));
		return this.jdbc.update(
				"""
						WITH awaiting AS (
						    SELECT t.id, t.seller_id, t.order_id, t.awaiting_since FROM thread t
						    WHERE t.awaiting_since IS NOT NULL AND t.awaiting_since > ? AND t.awaiting_since <= ?
						      AND NOT EXISTS (SELECT 1 FROM thread_due_alert a WHERE a.thread_id = t.id
						                      AND a.awaiting_since = t.awaiting_since AND a.kind = 'thread.overdue')
						    FOR UPDATE OF t SKIP LOCKED),
						alert AS (
						    INSERT INTO thread_due_alert (thread_id, awaiting_since, kind, created_at)
						    SELECT w.id, w.awaiting_since, k.kind, ? FROM awaiting w
						    CROSS JOIN (VALUES ('thread.due_soon', ?::interval), ('thread.overdue', interval '0')) AS k(kind, lead)
						    WHERE w.awaiting_since + ?::interval - k.lead <= ?
						    ON CONFLICT DO NOTHING
						    RETURNING thread_id, awaiting_since, kind)
						INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
						SELECT w.seller_id, a.kind, w.id, ?, jsonb_build_object('threadId', w.id, 'orderId', w.order_id,
						       'awaitingSince', a.awaiting_since, 'dueAt', a.awaiting_since + ?::interval)
						FROM alert a JOIN awaiting w ON w.id = a.thread_id
						ORDER BY a.kind
						""",
				Sql.timestamp(soonFrom), Sql.timestamp(now.minus(responseTime.minus(lead))), Sql.timestamp(now),
				interval(lead), interval(responseTime), Sql.timestamp(now), Sql.timestamp(now), interval(responseTime));
	}

	private static String interval(Duration duration) {
		return duration.toMillis() + " milliseconds";
	}

	private record Logged(long id, @Nullable Long thread) {
	}

}
