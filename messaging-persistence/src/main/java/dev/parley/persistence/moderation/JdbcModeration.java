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
import dev.parley.core.moderation.AdminDecision;
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
			       ARRAY(SELECT s ->> 'rule' FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_rules,
			       ARRAY(SELECT (s ->> 'start')::int FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_starts,
			       ARRAY(SELECT (s ->> 'end')::int FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_ends,
			       ARRAY(SELECT s ->> 'excerpt' FROM jsonb_array_elements(f.spans) WITH ORDINALITY AS x (s, n) ORDER BY n) AS span_excerpts,
			       d.id AS d_id, d.kind AS d_kind, d.seller_id AS d_seller_id, d.admin_id AS d_admin_id,
			       d.flag_id AS d_flag_id, d.reason AS d_reason, d.decided_at AS d_decided_at
			FROM flag f LEFT JOIN admin_decision d ON d.flag_id = f.id
			""";

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
		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"""
						WITH f AS (INSERT INTO flag (thread_id, seller_id, message_id, source, reason, note, spans, raised_at, raised_by)
						           VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id),
						ev AS (INSERT INTO thread_event (thread_id, type, actor_id, message_id, at, reason, note)
						       VALUES (?, 'FLAG', ?, ?, ?, ?, ?)),
						t AS (UPDATE thread SET open_flags = open_flags + 1 WHERE id = ?),
						e AS (UPDATE inbox_entry SET open_flags = open_flags + 1 WHERE thread_id = ?)
						""");
		Object messageId = Sql.bigint((message != null) ? message.value() : null);
		Object raiser = Sql.bigint((raisedBy != null) ? raisedBy.value() : null);
		add(p, thread.value(), seller, messageId, source.name(), reason, Sql.text(note), spansJson(spans),
				Sql.timestamp(raisedAt), raiser);
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
		return new Flag(new FlagId(id), thread, AccountId.of(seller), message, source, reason, note, spans, raisedAt,
				raisedBy, null);
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
	public AdminDecision decide(DecisionKind kind, AccountId seller, AccountId admin, @Nullable FlagId flag,
			String reason, Instant at) {
		Instant decidedAt = CanonicalForm.truncate(at);
		if (flag == null) {
			Long id = this.jdbc.queryForObject(
					"INSERT INTO admin_decision (kind, seller_id, admin_id, reason, decided_at) VALUES (?, ?, ?, ?, ?) "
							+ "RETURNING id",
					Long.class, kind.name(), seller.value(), admin.value(), reason, Sql.timestamp(decidedAt));
			return new AdminDecision(id, kind, seller, admin, null, reason, decidedAt);
		}
		Flag open = flag(flag).orElseThrow(() -> new IllegalArgumentException("no flag " + flag));
		if (!open.seller().equals(seller)) {
			throw new IllegalArgumentException(
					"flag " + flag + " concerns seller " + open.seller() + ", not " + seller);
		}
		long[] state = lockThread(open.thread());
		// Under the thread lock no other decision on this flag can slip in between.
		Boolean decided = this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM admin_decision WHERE flag_id = ?)",
				Boolean.class, flag.value());
		if (Boolean.TRUE.equals(decided)) {
			throw new IllegalStateException("flag " + flag + " is already decided");
		}
		long thread = open.thread().value();
		List<Object> p = new ArrayList<>();
		StringBuilder sql = new StringBuilder("""
				WITH d AS (INSERT INTO admin_decision (kind, seller_id, admin_id, flag_id, reason, decided_at)
				           VALUES (?, ?, ?, ?, ?, ?) RETURNING id),
				t AS (UPDATE thread SET open_flags = open_flags - 1 WHERE id = ?),
				e AS (UPDATE inbox_entry SET open_flags = open_flags - 1 WHERE thread_id = ?)
				""");
		add(p, kind.name(), seller.value(), admin.value(), flag.value(), reason, Sql.timestamp(decidedAt), thread,
				thread);
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
		return new AdminDecision(id, kind, seller, admin, flag, reason, decidedAt);
	}

	@Override
	public List<AdminDecision> decisions(AccountId seller) {
		return this.jdbc.query(
				"SELECT id AS d_id, kind AS d_kind, seller_id AS d_seller_id, admin_id AS d_admin_id, flag_id AS d_flag_id, "
						+ "reason AS d_reason, decided_at AS d_decided_at FROM admin_decision WHERE seller_id = ? "
						+ "ORDER BY decided_at DESC, id DESC",
				(rs, n) -> decision(rs), seller.value());
	}

	@Override
	@Transactional
	public PlatformNotice notify(AccountId seller, String kind, String subject, String body, @Nullable Long decision,
			Instant at) {
		PlatformNoticeJpaEntity saved = this.notices.save(
				new PlatformNoticeJpaEntity(seller.value(), kind, subject, body, decision, CanonicalForm.truncate(at)));
		return notice(saved);
	}

	@Override
	public List<PlatformNotice> notices(AccountId seller, @Nullable Long before, int limit) {
		return this.notices.newestFirst(seller.value(), (before != null) ? before : Long.MAX_VALUE, Limit.of(limit))
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
		AdminDecision decision = (Sql.nullableLong(rs, "d_id") != null) ? decision(rs) : null;
		return new Flag(new FlagId(rs.getLong("id")), ThreadId.of(rs.getLong("thread_id")),
				AccountId.of(rs.getLong("seller_id")), (message != null) ? MessageId.of(message) : null,
				FlagSource.valueOf(rs.getString("source")), rs.getString("reason"), rs.getString("note"), spans,
				Sql.instant(rs, "raised_at"), (raisedBy != null) ? AccountId.of(raisedBy) : null, decision);
	}

	private static AdminDecision decision(ResultSet rs) throws SQLException {
		Long flag = Sql.nullableLong(rs, "d_flag_id");
		return new AdminDecision(rs.getLong("d_id"), DecisionKind.valueOf(rs.getString("d_kind")),
				AccountId.of(rs.getLong("d_seller_id")), AccountId.of(rs.getLong("d_admin_id")),
				(flag != null) ? new FlagId(flag) : null, rs.getString("d_reason"), Sql.instant(rs, "d_decided_at"));
	}

	/** Runs a statement of data-modifying CTEs whose final SELECT is of no interest. */
	private void execute(String sql, List<Object> parameters) {
		this.jdbc.query(sql, (ResultSet rs) -> null, parameters.toArray());
	}

	private static void add(List<Object> parameters, Object... values) {
		parameters.addAll(List.of(values));
	}

}
