package dev.parley.persistence.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.chain.CanonicalForm;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Appeal;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagId;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.persistence.database.Sql;
import dev.parley.persistence.inbox.InboxCounters;
import dev.parley.persistence.inbox.InboxCounters.Delta;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags, decisions and notices in PostgreSQL (all append-only): flags and decisions with
 * JDBC (they change the thread's counts in the same statement), notices through an
 * {@code @Immutable} JPA entity. Raising and deciding a flag lock the thread row, like
 * appends, and keep the thread's open-flag count, its inbox rows and the marketplace's
 * "flagged" count in step.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcModeration implements Moderation {

	private static final String FLAG_SELECT = """
			SELECT f.id, f.thread_id, f.seller_id, f.message_id, f.source, f.reason, f.note, f.raised_at, f.raised_by,
			       coalesce(f.party_id, m.author_id, f.seller_id) AS party_id,
			       coalesce(f.party_role, CASE WHEN m.sender = 'BUYER' THEN 'BUYER' ELSE 'SELLER' END) AS party_role,
			       ARRAY(SELECT s ->> 'rule' FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_rules,
			       ARRAY(SELECT (s ->> 'start')::int FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_starts,
			       ARRAY(SELECT (s ->> 'end')::int FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_ends,
			       ARRAY(SELECT s ->> 'excerpt' FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_excerpts,
			       %s
			FROM flag f LEFT JOIN admin_decision d ON d.flag_id = f.id LEFT JOIN message m ON m.id = f.message_id
			"""
		.formatted(decisionColumns("d"));

	private static final String DECISION_SELECT = "SELECT " + decisionColumns("d") + " FROM admin_decision d ";

	private static final String APPEAL_SELECT = "SELECT p.id AS p_id, p.party_id AS p_party_id, p.text AS p_text, "
			+ "p.created_at AS p_created_at, " + decisionColumns("d") + ", " + decisionColumns("o")
			+ " FROM appeal p JOIN admin_decision d ON d.id = p.decision_id "
			+ "LEFT JOIN admin_decision o ON o.appeal_id = p.id ";

	private final JdbcTemplate jdbc;

	private final PlatformNoticeJpaRepository notices;

	JdbcModeration(JdbcTemplate jdbc, PlatformNoticeJpaRepository notices) {
		this.jdbc = jdbc;
		this.notices = notices;
	}

	@Override
	@Transactional
	public Flag raise(ThreadId thread, @Nullable MessageId message, FlagSource source, String reason,
			@Nullable String note, List<FlagSpan> spans, @Nullable AccountId raisedBy, Instant at) {
		long[] state = lockThread(thread);
		long seller = state[0];
		boolean wasFlagged = state[1] > 0;
		Instant raisedAt = CanonicalForm.truncate(at);
		long party = seller;
		Role partyRole = Role.SELLER;
		if (message != null) {
			List<Object[]> author = this.jdbc.query(
					"SELECT author_id, sender FROM message WHERE id = ? AND thread_id = ? AND author_id IS NOT NULL",
					(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }, message.value(), thread.value());
			if (!author.isEmpty()) {
				party = (Long) author.get(0)[0];
				partyRole = "BUYER".equals(author.get(0)[1]) ? Role.BUYER : Role.SELLER;
			}
		}
		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"""
						WITH f AS (INSERT INTO flag (thread_id, seller_id, message_id, source, reason, note, spans, raised_at, raised_by,
						                             party_id, party_role)
						           VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) RETURNING id),
						ev AS (INSERT INTO thread_event (thread_id, type, actor_id, message_id, at, reason, note)
						       VALUES (?, 'FLAG', ?, ?, ?, ?, ?)),
						t AS (UPDATE thread SET open_flags = open_flags + 1 WHERE id = ?),
						e AS (UPDATE inbox_entry SET open_flags = open_flags + 1 WHERE thread_id = ?)
						""");
		Object messageId = Sql.bigint((message != null) ? message.value() : null);
		Object raiser = Sql.bigint((raisedBy != null) ? raisedBy.value() : null);
		add(p, thread.value(), seller, messageId, source.name(), reason, Sql.text(note), spansJson(spans),
				Sql.timestamp(raisedAt), raiser, party, partyRole.name());
		add(p, thread.value(), raiser, messageId, Sql.timestamp(raisedAt), source.name(),
				(note != null) ? reason + ": " + note : reason);
		add(p, thread.value(), thread.value());
		if (!wasFlagged) {
			List<Object> counterParameters = new ArrayList<>();
			sql.append(", c AS (")
				.append(InboxCounters.upsert(List.of(Delta.of(InboxCounters.MARKETPLACE).withFlagged(1)),
						thread.value(), counterParameters))
				.append(")");
			p.addAll(counterParameters);
		}
		sql.append(" SELECT id FROM f");
		Long id = this.jdbc.queryForObject(sql.toString(), Long.class, p.toArray());
		refreshCase(thread.value());
		return new Flag(new FlagId(id), thread, AccountId.of(seller), AccountId.of(party), partyRole, message, source,
				reason, note, spans, raisedAt, raisedBy, null);
	}

	private void refreshCase(long thread) {
		this.jdbc.query("SELECT refresh_moderation_case(?)", (ResultSet rs) -> null, thread);
	}

	/** Locks the thread; returns its seller and open flags. */
	private long[] lockThread(ThreadId thread) {
		List<long[]> rows = this.jdbc.query("SELECT seller_id, open_flags FROM thread WHERE id = ? FOR UPDATE",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, thread.value());
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no thread " + thread);
		}
		return rows.get(0);
	}

	@Override
	public List<Flag> openFlags(@Nullable FlagId after, int limit) {
		return this.jdbc.query(FLAG_SELECT + " WHERE d.id IS NULL AND f.id > ? ORDER BY f.id LIMIT ?",
				JdbcModeration::flag, (after != null) ? after.value() : 0L, limit);
	}

	@Override
	public long countOpenFlags() {
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM flag f WHERE NOT EXISTS (SELECT 1 FROM admin_decision d WHERE d.flag_id = f.id)",
				Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	public Optional<Flag> flag(FlagId id) {
		return this.jdbc.query(FLAG_SELECT + " WHERE f.id = ?", JdbcModeration::flag, id.value()).stream().findFirst();
	}

	@Override
	public List<Flag> flags(ThreadId thread) {
		return this.jdbc.query(FLAG_SELECT + " WHERE f.thread_id = ? ORDER BY f.id", JdbcModeration::flag,
				thread.value());
	}

	@Override
	@Transactional
	public AdminDecision decide(AdminDecision.New d) {
		Instant decidedAt = CanonicalForm.truncate(d.at());
		String insert = """
				INSERT INTO admin_decision (kind, seller_id, party_role, admin_id, flag_id, reason, internal_note,
				                            status_before, status_after, escalated, appeal_id, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""";
		List<Object> p = new ArrayList<>();
		add(p, d.kind().name(), d.party().value(), d.partyRole().name(), d.admin().value(),
				Sql.bigint((d.flag() != null) ? d.flag().value() : null), d.reason(), Sql.text(d.internalNote()),
				d.statusBefore().name(), d.statusAfter().name(), d.escalated(), Sql.bigint(d.appeal()),
				Sql.timestamp(decidedAt));
		FlagId flag = d.flag();
		if (flag == null) {
			if (d.appeal() != null) {
				Boolean answered = this.jdbc.queryForObject(
						"SELECT EXISTS (SELECT 1 FROM admin_decision WHERE appeal_id = ?)", Boolean.class, d.appeal());
				if (Boolean.TRUE.equals(answered)) {
					throw new IllegalStateException("appeal " + d.appeal() + " is already decided");
				}
			}
			Long id = this.jdbc.queryForObject(insert, Long.class, p.toArray());
			return decided(id, d, decidedAt);
		}
		Flag open = flag(flag).orElseThrow(() -> new IllegalArgumentException("no flag " + flag));
		if (!open.party().equals(d.party())) {
			throw new IllegalArgumentException("flag " + flag + " concerns " + open.party() + ", not " + d.party());
		}
		long[] state = lockThread(open.thread());
		// Under the thread lock no other decision on this flag can slip in between.
		Boolean decided = this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM admin_decision WHERE flag_id = ?)",
				Boolean.class, flag.value());
		if (Boolean.TRUE.equals(decided)) {
			throw new IllegalStateException("flag " + flag + " is already decided");
		}
		long thread = open.thread().value();
		StringBuilder sql = new StringBuilder("WITH d AS (" + insert + "),\n" + """
				t AS (UPDATE thread SET open_flags = open_flags - 1 WHERE id = ?),
				e AS (UPDATE inbox_entry SET open_flags = open_flags - 1 WHERE thread_id = ?)
				""");
		add(p, thread, thread);
		if (state[1] == 1) {
			List<Object> counterParameters = new ArrayList<>();
			sql.append(", c AS (")
				.append(InboxCounters.upsert(List.of(Delta.of(InboxCounters.MARKETPLACE).withFlagged(-1)), thread,
						counterParameters))
				.append(")");
			p.addAll(counterParameters);
		}
		sql.append(" SELECT id FROM d");
		Long id = this.jdbc.queryForObject(sql.toString(), Long.class, p.toArray());
		refreshCase(thread);
		return decided(id, d, decidedAt);
	}

	private static AdminDecision decided(@Nullable Long id, AdminDecision.New d, Instant at) {
		if (id == null) {
			throw new IllegalStateException("decision not stored");
		}
		return new AdminDecision(id, d.kind(), d.party(), d.partyRole(), d.admin(), d.flag(), d.reason(),
				d.internalNote(), at, d.statusBefore(), d.statusAfter(), d.escalated(), d.appeal());
	}

	@Override
	public Optional<AdminDecision> decision(long id) {
		return this.jdbc.query(DECISION_SELECT + "WHERE d.id = ?", (rs, n) -> decision(rs, "d"), id)
			.stream()
			.findFirst();
	}

	@Override
	public List<AdminDecision> decisions(AccountId party) {
		return this.jdbc.query(DECISION_SELECT + "WHERE d.seller_id = ? ORDER BY d.decided_at DESC, d.id DESC",
				(rs, n) -> decision(rs, "d"), party.value());
	}

	@Override
	public List<AdminDecision> decisionsOn(ThreadId thread) {
		return this.jdbc.query(DECISION_SELECT + """
				WHERE d.flag_id IN (SELECT id FROM flag WHERE thread_id = ?)
				   OR d.appeal_id IN (SELECT p.id FROM appeal p JOIN admin_decision a ON a.id = p.decision_id
				                      JOIN flag f ON f.id = a.flag_id WHERE f.thread_id = ?)
				ORDER BY d.decided_at, d.id
				""", (rs, n) -> decision(rs, "d"), thread.value(), thread.value());
	}

	@Override
	public int warningsInForce(AccountId party, Instant since) {
		Integer count = this.jdbc.queryForObject("""
				SELECT count(*) FROM admin_decision d
				WHERE d.seller_id = ? AND d.kind = 'WARN' AND d.decided_at > ?
				  AND NOT EXISTS (SELECT 1 FROM appeal p JOIN admin_decision o ON o.appeal_id = p.id
				                  WHERE p.decision_id = d.id AND o.kind = 'OVERTURN')
				""", Integer.class, party.value(), Sql.timestamp(since));
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional
	public void changeStatus(AccountId party, Role role, MessagingStatus status, @Nullable Instant warnedUntil) {
		if (role == Role.BUYER) {
			this.jdbc.update("""
					INSERT INTO buyer_settings (buyer_id, messaging_status, warned_until) VALUES (?, ?, ?)
					ON CONFLICT (buyer_id) DO UPDATE SET messaging_status = EXCLUDED.messaging_status,
					    warned_until = coalesce(EXCLUDED.warned_until, buyer_settings.warned_until)
					""", party.value(), status.name(), Sql.timestamp(warnedUntil));
		}
		else if (role == Role.SELLER) {
			int updated = this.jdbc
				.update("UPDATE seller_settings SET messaging_status = ?, warned_until = coalesce(?, warned_until) "
						+ "WHERE seller_id = ?", status.name(), Sql.timestamp(warnedUntil), party.value());
			if (updated == 0) {
				this.jdbc.update("""
						INSERT INTO seller_settings (seller_id, buyer_messages_enabled, notification_email,
						                             messaging_status, warned_until)
						SELECT id, true, email, ?, ? FROM account WHERE id = ?
						""", status.name(), Sql.timestamp(warnedUntil), party.value());
			}
		}
		else {
			throw new IllegalArgumentException("only buyers and sellers have a messaging status");
		}
	}

	@Override
	@Transactional
	public List<Party> expireWarnings(Instant now) {
		List<Party> parties = new ArrayList<>();
		parties.addAll(this.jdbc.query("""
				UPDATE buyer_settings SET messaging_status = 'ACTIVE', warned_until = NULL
				WHERE messaging_status = 'WARNED' AND warned_until <= ? RETURNING buyer_id
				""", (rs, n) -> new Party(AccountId.of(rs.getLong(1)), Role.BUYER), Sql.timestamp(now)));
		parties.addAll(this.jdbc.query("""
				UPDATE seller_settings SET messaging_status = 'ACTIVE', warned_until = NULL
				WHERE messaging_status = 'WARNED' AND warned_until <= ? RETURNING seller_id
				""", (rs, n) -> new Party(AccountId.of(rs.getLong(1)), Role.SELLER), Sql.timestamp(now)));
		return parties;
	}

	@Override
	@Transactional
	public Appeal appeal(AdminDecision decision, String text, Instant at) {
		Instant createdAt = CanonicalForm.truncate(at);
		// The unique decision_id refuses a second appeal, even a concurrent one.
		List<Long> ids = this.jdbc.query("""
				INSERT INTO appeal (decision_id, party_id, text, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (decision_id) DO NOTHING RETURNING id
				""", (rs, n) -> rs.getLong(1), decision.id(), decision.party().value(), text, Sql.timestamp(createdAt));
		if (ids.isEmpty()) {
			throw new IllegalStateException("decision " + decision.id() + " was already appealed");
		}
		return new Appeal(ids.get(0), decision, decision.party(), text, createdAt, null);
	}

	@Override
	public Optional<Appeal> appeal(long id) {
		return this.jdbc.query(APPEAL_SELECT + "WHERE p.id = ?", JdbcModeration::appeal, id).stream().findFirst();
	}

	@Override
	public Optional<Appeal> appealOf(long decision) {
		return this.jdbc.query(APPEAL_SELECT + "WHERE p.decision_id = ?", JdbcModeration::appeal, decision)
			.stream()
			.findFirst();
	}

	@Override
	public List<Appeal> openAppeals(int limit) {
		return this.jdbc.query(APPEAL_SELECT + "WHERE o.id IS NULL ORDER BY p.id LIMIT ?", JdbcModeration::appeal,
				limit);
	}

	@Override
	public long countOpenAppeals() {
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM appeal p WHERE NOT EXISTS (SELECT 1 FROM admin_decision o WHERE o.appeal_id = p.id)",
				Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	public List<ReasonOutcomes> reasonOutcomes(Instant since) {
		return this.jdbc.query("""
				SELECT r.reason, f.source,
				       count(*) FILTER (WHERE d.kind = 'DISMISS') AS dismissed,
				       count(*) FILTER (WHERE d.kind IN ('WARN', 'SUSPEND')) AS acted,
				       count(*) FILTER (WHERE d.id IS NULL) AS open
				FROM flag f LEFT JOIN admin_decision d ON d.flag_id = f.id,
				     unnest(string_to_array(f.reason, ',')) AS r (reason)
				WHERE f.raised_at >= ?
				GROUP BY r.reason, f.source ORDER BY r.reason, f.source
				""", (rs, n) -> new ReasonOutcomes(rs.getString(1), FlagSource.valueOf(rs.getString(2)), rs.getLong(3),
				rs.getLong(4), rs.getLong(5)), Sql.timestamp(since));
	}

	@Override
	public CurrentStanding currentStanding(AccountId party) {
		List<CurrentStanding> rows = this.jdbc.query("""
				SELECT coalesce(ss.messaging_status, bs.messaging_status, 'ACTIVE') AS status,
				       CASE WHEN coalesce(ss.messaging_status, bs.messaging_status) = 'WARNED'
				            THEN coalesce(ss.warned_until, bs.warned_until) END AS warned_until,
				       (SELECT count(*) FROM platform_notice n WHERE n.seller_id = a.id
				          AND n.id > coalesce((SELECT r.last_read_id FROM notice_read r WHERE r.account_id = a.id), 0))
				         AS unread
				FROM account a
				LEFT JOIN seller_settings ss ON ss.seller_id = a.id AND a.role = 'SELLER'
				LEFT JOIN buyer_settings bs ON bs.buyer_id = a.id AND a.role = 'BUYER'
				WHERE a.id = ?
				""", (rs, n) -> new CurrentStanding(MessagingStatus.valueOf(rs.getString("status")),
				Sql.nullableInstant(rs, "warned_until"), rs.getInt("unread")), party.value());
		return rows.isEmpty() ? new CurrentStanding(MessagingStatus.ACTIVE, null, 0) : rows.get(0);
	}

	@Override
	public int unreadNotices(AccountId party) {
		Integer count = this.jdbc.queryForObject(
				"""
						SELECT count(*) FROM platform_notice n
						WHERE n.seller_id = ? AND n.id > coalesce((SELECT last_read_id FROM notice_read WHERE account_id = ?), 0)
						""",
				Integer.class, party.value(), party.value());
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional
	public void markNoticesRead(AccountId party, long upTo) {
		this.jdbc.update(
				"""
						INSERT INTO notice_read (account_id, last_read_id) VALUES (?, ?)
						ON CONFLICT (account_id) DO UPDATE SET last_read_id = greatest(notice_read.last_read_id, EXCLUDED.last_read_id)
						""",
				party.value(), upTo);
	}

	@Override
	@Transactional
	public PlatformNotice notify(AccountId party, String kind, String subject, String body, @Nullable Long decision,
			Instant at) {
		PlatformNoticeJpaEntity saved = this.notices.save(
				new PlatformNoticeJpaEntity(party.value(), kind, subject, body, decision, CanonicalForm.truncate(at)));
		return notice(saved);
	}

	@Override
	public List<PlatformNotice> notices(AccountId party, @Nullable Long before, int limit) {
		return this.notices.newestFirst(party.value(), (before != null) ? before : Long.MAX_VALUE, Limit.of(limit))
			.stream()
			.map(JdbcModeration::notice)
			.toList();
	}

	private static PlatformNotice notice(PlatformNoticeJpaEntity entity) {
		Long id = entity.getId();
		if (id == null) {
			throw new IllegalStateException("notice not yet stored");
		}
		return new PlatformNotice(id, AccountId.of(entity.getSellerId()), entity.getKind(), entity.getSubject(),
				entity.getBody(), entity.getDecisionId(), entity.getCreatedAt());
	}

	@Override
	public ProactiveCounts proactiveCounts(AccountId seller, Instant since) {
		return this.jdbc.queryForObject(
				"SELECT count(*), count(*) FILTER (WHERE important) FROM message "
						+ "WHERE author_id = ? AND proactive AND sent_at >= ?",
				(rs, n) -> new ProactiveCounts(rs.getLong(1), rs.getLong(2)), seller.value(), Sql.timestamp(since));
	}

	static String spansJson(List<FlagSpan> spans) {
		StringBuilder json = new StringBuilder("[");
		for (FlagSpan span : spans) {
			json.append((json.length() > 1) ? "," : "")
				.append("{\"rule\":\"")
				.append(Sql.json(span.rule()))
				.append("\",\"start\":")
				.append(span.start())
				.append(",\"end\":")
				.append(span.end())
				.append(",\"excerpt\":\"")
				.append(Sql.json(span.excerpt()))
				.append("\"}");
		}
		return json.append(']').toString();
	}

	private static Flag flag(ResultSet rs, int row) throws SQLException {
		String[] rules = (String[]) rs.getArray("span_rules").getArray();
		Integer[] starts = (Integer[]) rs.getArray("span_starts").getArray();
		Integer[] ends = (Integer[]) rs.getArray("span_ends").getArray();
		String[] excerpts = (String[]) rs.getArray("span_excerpts").getArray();
		List<FlagSpan> spans = new ArrayList<>(rules.length);
		for (int i = 0; i < rules.length; i++) {
			spans.add(new FlagSpan(rules[i], starts[i], ends[i], excerpts[i]));
		}
		Long message = Sql.nullableLong(rs, "message_id");
		Long raisedBy = Sql.nullableLong(rs, "raised_by");
		AdminDecision decision = (Sql.nullableLong(rs, "d_id") != null) ? decision(rs, "d") : null;
		return new Flag(new FlagId(rs.getLong("id")), ThreadId.of(rs.getLong("thread_id")),
				AccountId.of(rs.getLong("seller_id")), AccountId.of(rs.getLong("party_id")),
				Role.valueOf(rs.getString("party_role")), (message != null) ? MessageId.of(message) : null,
				FlagSource.valueOf(rs.getString("source")), rs.getString("reason"), rs.getString("note"), spans,
				Sql.instant(rs, "raised_at"), (raisedBy != null) ? AccountId.of(raisedBy) : null, decision);
	}

	/** The columns of a decision aliased {@code a}, as {@code a_id}, {@code a_kind}... */
	private static String decisionColumns(String a) {
		StringBuilder columns = new StringBuilder();
		for (String column : List.of("id", "kind", "seller_id", "party_role", "admin_id", "flag_id", "reason",
				"internal_note", "decided_at", "status_before", "status_after", "escalated", "appeal_id")) {
			columns.append((columns.length() > 0) ? ", " : "")
				.append(a)
				.append('.')
				.append(column)
				.append(" AS ")
				.append(a)
				.append('_')
				.append(column);
		}
		return columns.toString();
	}

	private static AdminDecision decision(ResultSet rs, String a) throws SQLException {
		Long flag = Sql.nullableLong(rs, a + "_flag_id");
		String role = rs.getString(a + "_party_role");
		String before = rs.getString(a + "_status_before");
		String after = rs.getString(a + "_status_after");
		return new AdminDecision(rs.getLong(a + "_id"), DecisionKind.valueOf(rs.getString(a + "_kind")),
				AccountId.of(rs.getLong(a + "_seller_id")), (role != null) ? Role.valueOf(role) : Role.SELLER,
				AccountId.of(rs.getLong(a + "_admin_id")), (flag != null) ? new FlagId(flag) : null,
				rs.getString(a + "_reason"), rs.getString(a + "_internal_note"), Sql.instant(rs, a + "_decided_at"),
				(before != null) ? MessagingStatus.valueOf(before) : null,
				(after != null) ? MessagingStatus.valueOf(after) : null, rs.getBoolean(a + "_escalated"),
				Sql.nullableLong(rs, a + "_appeal_id"));
	}

	private static Appeal appeal(ResultSet rs, int row) throws SQLException {
		AdminDecision outcome = (Sql.nullableLong(rs, "o_id") != null) ? decision(rs, "o") : null;
		return new Appeal(rs.getLong("p_id"), decision(rs, "d"), AccountId.of(rs.getLong("p_party_id")),
				rs.getString("p_text"), Sql.instant(rs, "p_created_at"), outcome);
	}

	/** Runs a statement of data-modifying CTEs whose final SELECT is of no interest. */
	private void execute(String sql, List<Object> parameters) {
		this.jdbc.query(sql, (ResultSet rs) -> null, parameters.toArray());
	}

	private static void add(List<Object> parameters, Object... values) {
		parameters.addAll(List.of(values));
	}

}
