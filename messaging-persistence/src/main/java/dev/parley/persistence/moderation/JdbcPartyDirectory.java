package dev.parley.persistence.moderation;

import java.util.ArrayList;
import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.PartyDirectory;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's directory of buyers and sellers: a page of accounts by id, each with its
 * counts read through the per-party indexes (messages by author, flags by party, response
 * records by seller).
 */
@Component
@Transactional(readOnly = true)
class JdbcPartyDirectory implements PartyDirectory {

	private final JdbcTemplate jdbc;

	JdbcPartyDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PartyRow> search(Role role, @Nullable String q, @Nullable Long afterId, int limit) {
		StringBuilder sql = new StringBuilder(
				"""
						SELECT a.id, a.display_name, a.email, a.role,
						       coalesce(CASE WHEN a.role = 'SELLER' THEN ss.messaging_status ELSE bs.messaging_status END, 'ACTIVE') AS status,
						       (SELECT count(*) FROM message m WHERE m.author_id = a.id) AS messages,
						       (SELECT count(*) FROM flag f WHERE f.party_id = a.id
						          AND NOT EXISTS (SELECT 1 FROM admin_decision d WHERE d.flag_id = f.id)) AS open_flags,
						       (SELECT count(*) FROM flag f WHERE f.party_id = a.id AND f.source = 'REPORT') AS reports,
						       (SELECT avg(extract(epoch FROM r.answered_at - r.awaited_since))::bigint FROM response_record r
						          WHERE r.seller_id = a.id AND r.answered_at >= now() - interval '30 days') AS avg_response,
						       (SELECT avg(CASE WHEN r.answered_at - r.awaited_since <= interval '24 hours' THEN 1.0 ELSE 0.0 END)
						          FROM response_record r WHERE r.seller_id = a.id AND r.answered_at >= now() - interval '30 days') AS within
						FROM account a
						LEFT JOIN seller_settings ss ON ss.seller_id = a.id
						LEFT JOIN buyer_settings bs ON bs.buyer_id = a.id
						WHERE a.role = ? AND a.id > ?
						""");
		List<Object> p = new ArrayList<>(List.of(role.name(), (afterId != null) ? afterId : 0L));
		if (q != null && !q.isBlank()) {
			sql.append(" AND (a.display_name ILIKE ? OR a.email ILIKE ?)");
			String like = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			p.add(like);
			p.add(like);
		}
		sql.append(" ORDER BY a.id LIMIT ?");
		p.add(limit);
		return this.jdbc.query(sql.toString(), (rs, n) -> {
			Long average = Sql.nullableLong(rs, "avg_response");
			double within = rs.getDouble("within");
			boolean hasWithin = !rs.wasNull();
			Role partyRole = Role.valueOf(rs.getString("role"));
			return new PartyRow(AccountId.of(rs.getLong("id")), rs.getString("display_name"), rs.getString("email"),
					partyRole, MessagingStatus.valueOf(rs.getString("status")), rs.getLong("messages"),
					rs.getLong("open_flags"), rs.getLong("reports"), (partyRole == Role.SELLER) ? average : null,
					(partyRole == Role.SELLER && hasWithin) ? within : null);
		}, p.toArray());
	}

	@Override
	public List<PartyThread> threads(AccountId party, int limit) {
		return this.jdbc.query("""
				SELECT t.id, t.subject, t.order_id, c.display_name, t.last_activity_at, t.open_flags
				FROM thread t JOIN account c ON c.id = CASE WHEN t.buyer_id = ? THEN t.seller_id ELSE t.buyer_id END
				WHERE (t.buyer_id = ? OR t.seller_id = ?) AND t.message_count > 0
				ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ?
				""",
				(rs, n) -> new PartyThread(ThreadId.of(rs.getLong(1)), rs.getString(2), rs.getString(3),
						rs.getString(4), Sql.instant(rs, "last_activity_at"), rs.getInt(6)),
				party.value(), party.value(), party.value(), limit);
	}

}
