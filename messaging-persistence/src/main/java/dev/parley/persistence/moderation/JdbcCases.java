package dev.parley.persistence.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.FlagSource;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue in PostgreSQL: {@code moderation_case} rows, kept by
 * {@code refresh_moderation_case} (V80) whenever a flag is raised or decided. A page
 * walks {@code moderation_case_oldest_idx} or {@code moderation_case_severity_idx} from
 * the cursor and tests the filters on the case row; a search lets the GIN index on the
 * case's vector find the matches. No page reads {@code flag} ({@code scripts/bench-flags}
 * checks the plans).
 */
@Component
@Transactional(readOnly = true)
class JdbcCases implements Cases {

	private static final String SELECT = """
			SELECT c.thread_id, c.open_flags, c.open_reports,
			       ARRAY(SELECT r.key FROM jsonb_each_text(c.reasons) AS r ORDER BY r.value::int DESC, r.key) AS reason_keys,
			       ARRAY(SELECT r.value::int FROM jsonb_each_text(c.reasons) AS r ORDER BY r.value::int DESC, r.key) AS reason_counts,
			       c.rules, c.sources,
			       c.party_roles, c.language, c.severity, c.oldest_open_at, c.claimed_by, c.claimed_at,
			       t.subject, t.order_id, t.buyer_id, b.display_name AS buyer_name, t.seller_id,
			       s.display_name AS seller_name, ca.display_name AS claimed_by_name
			FROM moderation_case c
			JOIN thread t ON t.id = c.thread_id
			JOIN account b ON b.id = t.buyer_id
			JOIN account s ON s.id = t.seller_id
			LEFT JOIN account ca ON ca.id = c.claimed_by
			""";

	private final JdbcTemplate jdbc;

	JdbcCases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Case> page(Query query) {
		List<Object> p = new ArrayList<>();
		return this.jdbc.query(pageSql(query, p), JdbcCases::row, p.toArray());
	}

	/**
	 * The SQL of a page (also for {@code EXPLAIN} in the benchmark).
	 * @param query the query
	 * @param p receives the parameters
	 * @return the statement
	 */
	static String pageSql(Query query, List<Object> p) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
		where(query, sql, p);
		Cursor after = query.after();
		boolean severity = query.order() == Order.SEVERITY;
		if (after != null) {
			if (severity) {
				sql.append(" AND (c.severity < ? OR (c.severity = ? AND (c.oldest_open_at, c.thread_id) > (?, ?)))");
				p.add(after.severity());
				p.add(after.severity());
			}
			else {
				sql.append(" AND (c.oldest_open_at, c.thread_id) > (?, ?)");
			}
			p.add(Sql.timestamp(after.oldestOpenAt()));
			p.add(after.thread().value());
		}
		sql.append(severity ? " ORDER BY c.severity DESC, c.oldest_open_at, c.thread_id"
				: " ORDER BY c.oldest_open_at, c.thread_id");
		sql.append(" LIMIT ?");
		p.add(query.limit());
		return sql.toString();
	}

	private static void where(Query query, StringBuilder sql, List<Object> p) {
		if (query.rule() != null) {
			sql.append(" AND c.rules @> ARRAY[?]::text[]");
			p.add(query.rule());
		}
		if (query.source() != null) {
			sql.append(" AND c.sources @> ARRAY[?]::text[]");
			p.add(query.source().name());
		}
		if (query.partyRole() != null) {
			sql.append(" AND c.party_roles @> ARRAY[?]::text[]");
			p.add(query.partyRole().name());
		}
		if (query.openBefore() != null) {
			sql.append(" AND c.oldest_open_at < ?");
			p.add(Sql.timestamp(query.openBefore()));
		}
		if (query.language() != null) {
			sql.append(" AND c.language = ?");
			p.add(query.language());
		}
		if (query.text() != null && !query.text().isBlank()) {
			sql.append(" AND c.search @@ plainto_tsquery('parley_search', ?)");
			p.add(query.text());
		}
	}

	@Override
	public Map<String, Long> countsPerReason() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT r.key, sum(r.value::int) AS n FROM moderation_case c, jsonb_each_text(c.reasons) AS r
				GROUP BY r.key ORDER BY n DESC, r.key
				""", (ResultSet rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	@Override
	public long countCases() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM moderation_case", Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	public Optional<Case> find(ThreadId thread) {
		return this.jdbc.query(SELECT + " WHERE c.thread_id = ?", JdbcCases::row, thread.value()).stream().findFirst();
	}

	@Override
	@Transactional
	public Optional<Case> claim(ThreadId thread, AccountId admin, Instant now, Instant staleBefore) {
		this.jdbc.update("""
				UPDATE moderation_case SET claimed_by = ?, claimed_at = ?
				WHERE thread_id = ? AND (claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)
				""", admin.value(), Sql.timestamp(now), thread.value(), admin.value(), Sql.timestamp(staleBefore));
		return find(thread);
	}

	@Override
	@Transactional
	public void release(ThreadId thread, AccountId admin) {
		this.jdbc.update(
				"UPDATE moderation_case SET claimed_by = NULL, claimed_at = NULL WHERE thread_id = ? AND claimed_by = ?",
				thread.value(), admin.value());
	}

	private static Case row(ResultSet rs, int n) throws SQLException {
		Map<String, Integer> reasons = new LinkedHashMap<>();
		String[] keys = (String[]) rs.getArray("reason_keys").getArray();
		Integer[] counts = (Integer[]) rs.getArray("reason_counts").getArray();
		for (int i = 0; i < keys.length; i++) {
			reasons.put(keys[i], counts[i]);
		}
		Long claimedBy = Sql.nullableLong(rs, "claimed_by");
		return new Case(ThreadId.of(rs.getLong("thread_id")), rs.getString("subject"), rs.getString("order_id"),
				AccountId.of(rs.getLong("buyer_id")), rs.getString("buyer_name"), AccountId.of(rs.getLong("seller_id")),
				rs.getString("seller_name"), rs.getInt("open_flags"), rs.getInt("open_reports"), reasons,
				strings(rs, "rules"), strings(rs, "sources").stream().map(FlagSource::valueOf).toList(),
				strings(rs, "party_roles").stream().map(Role::valueOf).toList(), rs.getString("language"),
				rs.getInt("severity"), Sql.instant(rs, "oldest_open_at"),
				(claimedBy != null) ? AccountId.of(claimedBy) : null, rs.getString("claimed_by_name"),
				Sql.nullableInstant(rs, "claimed_at"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
