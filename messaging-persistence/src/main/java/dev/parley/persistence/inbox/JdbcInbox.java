package dev.parley.persistence.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxAssignment;
import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.inbox.InboxSort;
import dev.parley.core.inbox.ResultCount;
import dev.parley.core.order.OrderId;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbox pages over {@code inbox_entry} with plain JDBC: every filter is a keyset scan of
 * its own index (see {@code V11__inbox.sql}), so a page costs the same at any depth and
 * inbox size; counts come from {@code inbox_counter}.
 * <p>
 * Paging is stable while messages arrive: the first page notes the viewer's newest
 * activity (the snapshot mark). Later pages list rows that have not changed since in
 * their current order, and rows that changed after the mark at the position they had then
 * (recomputed from the messages up to the mark), so a thread that moves to the top
 * between two page fetches is neither skipped nor shown twice; threads that are new since
 * the first page appear when the inbox is opened again. "Needs response" is ordered by
 * due time, which new buyer messages only ever add after all existing ones.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcInbox implements Inbox {

	private static final String COLUMNS = "e.thread_id, e.owner_id, e.order_id, e.counterpart_id, e.counterpart_name, "
			+ "e.business_buyer, e.subject, e.snippet, e.last_sender, e.last_activity_at, e.message_count, "
			+ "e.unread, e.due_at, e.open_flags, e.attachment_count";

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

	private final JdbcTemplate jdbc;

	private volatile byte @Nullable [] secret;

	/** Tests only: forces one way of searching. */
	volatile @Nullable Boolean searchByIndex;

	/** Where result counts stop ({@link ResultCount#CAP}; tests lower it). */
	volatile int countCap = ResultCount.CAP;

	/**
	 * Whether the rum index of {@code afterMigrate__search_rum.sql} exists: looked up
	 * once; tests set it to use or ignore the index.
	 */
	volatile @Nullable Boolean rum;

	JdbcInbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public InboxPage page(InboxQuery query) {
		InboxCounts counts = counts(query);
		Plan plan = plan(query, counts);
		InboxCursor cursor = cursor(query);
		List<Object> parameters = new ArrayList<>();
		String sql = (cursor == null) ? plan.firstPage(parameters) : plan.nextPage(cursor, parameters);
		List<Row> rows = this.jdbc.query(customPlan(sql, parameters), (rs, n) -> new Row(rs, query.role()));
		String next = null;
		if (rows.size() > query.limit()) {
			rows = rows.subList(0, query.limit());
			Row last = rows.get(rows.size() - 1);
			Instant mark = rows.get(0).snapshot;
			long snapshot = (cursor != null) ? cursor.snapshot() : (mark != null) ? micros(mark) : 0;
			next = new InboxCursor(query.filter(), query.sort(), query.viewer().value(), snapshot, micros(last.key),
					last.thread, assignmentCode(query), assignmentMember(query))
				.encode(secret());
		}
		ResultCount results = query.narrowed() ? count(plan) : (counts.of(query.filter()) > this.countCap)
				? new ResultCount(this.countCap, true) : new ResultCount(counts.of(query.filter()), false);
		return new InboxPage(rows.stream().map((row) -> row.item).toList(), next, counts, results);
	}

	/**
	 * The matches of a narrowed query (search or date range), counted up to the cap: the
	 * same rows and the same way of finding them as the page, stopped after the cap + 1
	 * ({@value ResultCount#CAP}), so the count costs at most that many index entries.
	 */
	private ResultCount count(Plan plan) {
		int cap = this.countCap;
		List<Object> parameters = new ArrayList<>();
		Long found = this.jdbc.query(customPlan(plan.countSql(cap, parameters), parameters),
				(rs) -> rs.next() ? rs.getLong(1) : 0L);
		long matches = (found != null) ? found : 0;
		return (matches > cap) ? new ResultCount(cap, true) : new ResultCount(matches, false);
	}

	private @Nullable InboxCursor cursor(InboxQuery query) {
		return (query.cursor() != null) ? InboxCursor.decode(query.cursor(), secret(), query.filter(), query.sort(),
				query.viewer().value(), assignmentCode(query), assignmentMember(query)) : null;
	}

	private static int assignmentCode(InboxQuery query) {
		return (query.assignment() != null) ? query.assignment().code() : 0;
	}

	private static long assignmentMember(InboxQuery query) {
		Long member = (query.assignment() != null) ? query.assignment().member() : null;
		return (member != null) ? member : 0;
	}

	@Override
	public InboxCounts counts(InboxQuery query) {
		long owner = (query.role() == Role.ADMIN) ? InboxCounters.MARKETPLACE : query.viewer().value();
		return this.jdbc.queryForObject("""
				SELECT coalesce(sum(all_threads), 0) AS all_threads, coalesce(sum(unread), 0) AS unread,
				       coalesce(sum(sent), 0) AS sent, coalesce(sum(needs_response), 0) AS needs_response,
				       coalesce(sum(company), 0) AS company, coalesce(sum(flagged), 0) AS flagged
				FROM inbox_counter WHERE owner_id = ?
				""", (rs, n) -> {
			Role role = query.role();
			return new InboxCounts(rs.getLong("all_threads"), (role != Role.ADMIN) ? rs.getLong("unread") : 0,
					(role != Role.ADMIN) ? rs.getLong("sent") : 0,
					(role == Role.SELLER) ? rs.getLong("needs_response") : 0,
					(role == Role.SELLER) ? rs.getLong("company") : 0,
					(role == Role.ADMIN) ? rs.getLong("flagged") : 0);
		}, owner);
	}

	/**
	 * The SQL of each page, for tests and the benchmark's {@code EXPLAIN}.
	 * @param query the query
	 * @param parameters receives the parameters
	 * @return the statement
	 */
	String sql(InboxQuery query, List<Object> parameters) {
		Plan plan = plan(query, counts(query));
		InboxCursor cursor = cursor(query);
		return (cursor == null) ? plan.firstPage(parameters) : plan.nextPage(cursor, parameters);
	}

	/**
	 * The SQL of the bounded result count, for tests and the benchmark's {@code EXPLAIN}.
	 * @param query a narrowed query
	 * @param parameters receives the parameters
	 * @return the statement
	 */
	String countSql(InboxQuery query, List<Object> parameters) {
		return plan(query, counts(query)).countSql(this.countCap, parameters);
	}

	/**
	 * Plans a page. A search either lets the GIN index find every match and sorts them
	 * (cheap while matches are few), or walks the filter's ordered index and tests each
	 * row (cheap while matches are many: about limit / selectivity rows). The planner's
	 * estimate of the matches decides: the index when they are at most sqrt(limit x rows
	 * in the inbox), which keeps either way to about that many rows. The same holds with
	 * the rum index: its ordered scan reads every match's entry before the first row, so
	 * a term in a third of the threads ("tabletop scratch" in the benchmark) took 44 ms
	 * at 1,000,000 messages through rum against 5 ms walking the inbox (stop 25).
	 */
	private Plan plan(InboxQuery query, InboxCounts counts) {
		if (query.search() == null) {
			return new Plan(query, false, false);
		}
		boolean rum = rum();
		Boolean forced = this.searchByIndex;
		if (forced != null) {
			return new Plan(query, forced, rum);
		}
		List<Object> parameters = new ArrayList<>();
		Plan probe = new Plan(query, true, rum);
		// the owner as an index condition: its estimate is the viewer's, not a guess
		String where = probe.scope("e", parameters, true, true) + probe.dateRange("e.last_activity_at", parameters);
		List<String> explained = this.jdbc.query(
				customPlan("EXPLAIN (FORMAT JSON) SELECT 1 FROM inbox_entry e WHERE " + where, parameters),
				(rs, n) -> rs.getString(1));
		String plan = String.join("\n", explained);
		Matcher rows = PLAN_ROWS.matcher((plan != null) ? plan : "");
		double estimate = rows.find() ? Double.parseDouble(rows.group(1)) : Double.MAX_VALUE;
		double threshold = Math.sqrt((query.limit() + 1.0) * Math.max(1, counts.all()));
		return new Plan(query, estimate <= threshold, rum);
	}

	private boolean rum() {
		Boolean value = this.rum;
		if (value == null) {
			value = Boolean.TRUE.equals(this.jdbc.queryForObject(
					"SELECT to_regclass('inbox_search_rum_idx') IS NOT NULL AND to_regclass('inbox_entry') IS NOT NULL",
					Boolean.class));
			this.rum = value;
		}
		return value;
	}

	/**
	 * A statement planned for its actual values every time. The driver would otherwise
	 * switch a statement run five times to a server-side prepared one, and PostgreSQL may
	 * then reuse a generic plan, one made without knowing the search or the cursor: for a
	 * deep search page that meant walking most of a seller's rows.
	 */
	private static PreparedStatementCreator customPlan(String sql, List<Object> parameters) {
		return (connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			new ArgumentPreparedStatementSetter(parameters.toArray()).setValues(statement);
			return statement;
		};
	}

	private byte[] secret() {
		byte[] value = this.secret;
		if (value == null) {
			value = this.jdbc.queryForObject("SELECT value FROM installation_secret WHERE name = 'inbox-cursor'",
					byte[].class);
			this.secret = value;
		}
		return value;
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static Instant instant(long micros) {
		return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
	}

	/** The statements for one query. */
	private static final class Plan {

		private final InboxQuery query;

		private final boolean admin;

		private final String key;

		/** Ordered by due time: no snapshot mark needed (see the class comment). */
		private final boolean byDue;

		private final boolean ascending;

		/**
		 * Whether a search goes through the GIN index (few matches) or filters an ordered
		 * walk.
		 */
		private final boolean searchByIndex;

		/**
		 * Whether the rum index is there: the viewer's lexemes alone select their rows.
		 */
		private final boolean rum;

		/**
		 * Whether the rum index returns the matches in the page's order (newest activity
		 * first), reading no more of them than the page shows.
		 */
		final boolean rumOrdered;

		Plan(InboxQuery query, boolean searchByIndex, boolean rum) {
			this.query = query;
			this.searchByIndex = searchByIndex && query.search() != null;
			this.admin = query.role() == Role.ADMIN;
			this.rum = rum && !this.admin;
			this.byDue = query.sort() == InboxSort.DUE_SOONEST;
			this.key = this.byDue ? "due_at"
					: (query.filter() == InboxFilter.SENT) ? "last_sent_at" : "last_activity_at";
			this.ascending = query.sort() != InboxSort.NEWEST;
			// the rum index gives the newest matches first: newest-first pages only
			this.rumOrdered = this.rum && this.searchByIndex && this.key.equals("last_activity_at") && !this.ascending;
		}

		/** The bounded count of the rows the pages walk. */
		String countSql(int cap, List<Object> parameters) {
			String where = scope("e", parameters) + dateRange("e.last_activity_at", parameters);
			parameters.add(cap + 1);
			return "SELECT count(*) FROM (SELECT 1 FROM inbox_entry e WHERE " + where + " LIMIT ?) x";
		}

		/** Whose rows, in the filter: literally the predicates of the partial indexes. */
		private String scope(String alias, List<Object> parameters) {
			return scope(alias, parameters, this.searchByIndex);
		}

		/**
		 * The rows of the viewer in the filter, with the search as an indexable operator
		 * or as a plain function call that no index matches (the walk of an ordered
		 * index).
		 */
		String scope(String alias, List<Object> parameters, boolean indexableSearch) {
			return scope(alias, parameters, indexableSearch, false);
		}

		/**
		 * @param indexableSearch whether the search is an index condition
		 * @param ownerIndexable whether the owner may be one too, where the search is
		 */
		String scope(String alias, List<Object> parameters, boolean indexableSearch, boolean ownerIndexable) {
			StringBuilder where = new StringBuilder();
			if (this.admin) {
				where.append(alias).append(".owner_role = 'SELLER'");
			}
			else {
				// Always, also where the viewer's lexemes already select their rows: a
				// query of negations alone ("-oak") matches every other owner's. Where
				// the search's index reads every match (the count, the GIN page), the
				// owner is only that guard, written so that no index takes it: the
				// planner would otherwise AND the matches with a bitmap of every row
				// of the viewer from the primary key, as many entries as the inbox has
				// rows (10,001 for a count of 101 at 100,000 messages, 3.5 ms).
				boolean guardOnly = indexableSearch && !ownerIndexable && this.query.search() != null;
				where.append(guardOnly ? "(" + alias + ".owner_id + 0) = ?" : alias + ".owner_id = ?");
				parameters.add(this.query.viewer().value());
			}
			switch (this.query.filter()) {
				case UNREAD -> where.append(" AND e.unread");
				case SENT -> where.append(" AND e.last_sent_at IS NOT NULL");
				case NEEDS_RESPONSE -> where.append(" AND e.due_at IS NOT NULL");
				case COMPANY -> where.append(" AND e.business_buyer AND e.owner_role = 'SELLER'");
				case FLAGGED -> where.append(" AND e.open_flags > 0");
				default -> {
				}
			}
			InboxAssignment assignment = this.query.assignment();
			if (assignment != null && assignment.unassigned()) {
				where.append(" AND e.owner_role = 'SELLER' AND NOT e.assigned");
			}
			else if (assignment != null && assignment.member() != null) {
				where.append(" AND e.assigned AND e.assignee_member_id = ?");
				parameters.add(assignment.member());
			}
			else if (assignment != null) {
				where.append(" AND e.assigned AND e.assignee_member_id IS NULL");
			}
			if (this.query.search() != null) {
				// Every lexeme names its owner (V170): 'novak@7' for the viewer's rows,
				// the prefix 'novak@':* for every seller's (the admin's search).
				String matches = this.admin ? "parley_search_any_owner(?)" : "parley_search_query(?, ?)";
				where.append(indexableSearch ? " AND e.search @@ " + matches
						: " AND ts_match_vq(e.search, " + matches + ")");
				parameters.add(this.query.search());
				if (!this.admin) {
					parameters.add(this.query.viewer().value());
				}
			}
			return where.toString();
		}

		String dateRange(String column, List<Object> parameters) {
			StringBuilder where = new StringBuilder();
			if (this.query.from() != null) {
				where.append(" AND ").append(column).append(" >= ?");
				parameters.add(Sql.timestamp(this.query.from()));
			}
			if (this.query.to() != null) {
				where.append(" AND ").append(column).append(" < ?");
				parameters.add(Sql.timestamp(this.query.to()));
			}
			return where.toString();
		}

		private String order(String keyColumn, String threadColumn) {
			String direction = this.ascending ? " ASC" : " DESC";
			return " ORDER BY " + keyColumn + direction + ", " + threadColumn + direction;
		}

		private String after() {
			return this.ascending ? " > " : " < ";
		}

		private String snapshotColumn(List<Object> parameters) {
			if (this.byDue) {
				return "NULL::timestamptz AS snapshot";
			}
			if (this.admin) {
				return "(SELECT s.last_activity_at FROM inbox_entry s WHERE s.owner_role = 'SELLER' "
						+ "ORDER BY s.last_activity_at DESC, s.thread_id DESC LIMIT 1) AS snapshot";
			}
			parameters.add(this.query.viewer().value());
			return "(SELECT s.last_activity_at FROM inbox_entry s WHERE s.owner_id = ? "
					+ "ORDER BY s.last_activity_at DESC, s.thread_id DESC LIMIT 1) AS snapshot";
		}

		String firstPage(List<Object> parameters) {
			if (this.rumOrdered) {
				return rumFirstPage(parameters);
			}
			String snapshot = snapshotColumn(parameters);
			StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
				.append(", e.")
				.append(this.key)
				.append(" AS sort_key");
			if (!this.searchByIndex) {
				sql.append(", ").append(snapshot);
			}
			sql.append(" FROM inbox_entry e WHERE ")
				.append(scope("e", parameters))
				.append(dateRange("e.last_activity_at", parameters));
			String page = this.searchByIndex
					? "SELECT f.*, " + snapshot + " FROM (" + fenced(sql) + ") f" + order("f.sort_key", "f.thread_id")
					: sql + order("e." + this.key, "e.thread_id");
			parameters.add(this.query.limit() + 1);
			return withOwnerNames(page + " LIMIT ?");
		}

		/**
		 * All matches of an index search, planned on their own (OFFSET 0 keeps the outer
		 * ORDER BY and LIMIT from turning them into an ordered walk).
		 */
		private String fenced(CharSequence sql) {
			return sql + " OFFSET 0";
		}

		/**
		 * The newest matches from the rum index, in its order (distance from the viewer's
		 * newest activity), then every match with the same time as the oldest of them:
		 * the index orders by time alone, the page by time and thread.
		 */
		private String rumFirstPage(List<Object> parameters) {
			List<Object> newest = new ArrayList<>();
			String reference = newestActivity(newest);
			String snapshot = snapshotColumn(parameters);
			String hits = rumMatches(reference, newest, parameters, "");
			return "SELECT f.*, " + snapshot + " FROM (" + hits + ") f" + order("f.sort_key", "f.thread_id") + " LIMIT "
					+ (this.query.limit() + 1);
		}

		/**
		 * Matches from the rum index nearest to (at or before) a reference time, plus the
		 * ties of the last one.
		 * @param reference SQL of the reference time
		 * @param referenceParameters its parameters
		 * @param parameters receives the parameters
		 * @param bound extra conditions (the cursor's), with {@code ?} for
		 * {@code boundParameters}
		 */
		private String rumMatches(String reference, List<Object> referenceParameters, List<Object> parameters,
				String bound, Object... boundParameters) {
			// the owner as an index condition: with the planner's estimate of the
			// viewer's matches, it takes the ordered rum scan (21 entries), not a
			// bitmap of every match sorted (2,500 heap rows at 1,000,000 messages)
			StringBuilder hits = new StringBuilder("SELECT ").append(COLUMNS)
				.append(", e.last_activity_at AS sort_key FROM inbox_entry e WHERE ")
				.append(scope("e", parameters, true, true))
				.append(dateRange("e.last_activity_at", parameters))
				.append(bound);
			parameters.addAll(List.of(boundParameters));
			hits.append(" ORDER BY e.last_activity_at <=| ").append(reference).append(" LIMIT ?");
			parameters.addAll(referenceParameters);
			parameters.add(this.query.limit() + 1);

			StringBuilder ties = new StringBuilder("SELECT ").append(COLUMNS)
				.append(", e.last_activity_at AS sort_key FROM inbox_entry e WHERE ")
				.append(scope("e", parameters, false))
				.append(dateRange("e.last_activity_at", parameters))
				.append(bound);
			parameters.addAll(List.of(boundParameters));
			ties.append(" AND e.last_activity_at = (SELECT min(h.sort_key) FROM h)");
			return "WITH h AS MATERIALIZED (" + hits + ") SELECT * FROM h UNION " + ties;
		}

		private String newestActivity(List<Object> parameters) {
			parameters.add(this.query.viewer().value());
			return "(SELECT s.last_activity_at FROM inbox_entry s WHERE s.owner_id = ? "
					+ "ORDER BY s.last_activity_at DESC, s.thread_id DESC LIMIT 1)";
		}

		String nextPage(InboxCursor cursor, List<Object> parameters) {
			Object key = Sql.timestamp(instant(cursor.key()));
			if (this.byDue) {
				StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
					.append(", e.due_at AS sort_key FROM inbox_entry e WHERE ")
					.append(scope("e", parameters))
					.append(dateRange("e.last_activity_at", parameters))
					.append(" AND (e.due_at, e.thread_id) > (?, ?)");
				parameters.add(key);
				parameters.add(cursor.thread());
				String page = this.searchByIndex
						? "SELECT f.* FROM (" + fenced(sql) + ") f" + order("f.sort_key", "f.thread_id")
						: sql + order("e.due_at", "e.thread_id");
				parameters.add(this.query.limit() + 1);
				return withOwnerNames("SELECT g.*, NULL::timestamptz AS snapshot FROM (" + page + " LIMIT ?) g"
						+ order("g.sort_key", "g.thread_id"));
			}
			Object snapshot = Sql.timestamp(instant(cursor.snapshot()));
			// Rows unchanged since the snapshot mark, in their current (= then) order.
			String unchangedPage = this.rumOrdered ? rumUnchanged(snapshot, key, cursor.thread(), parameters)
					: unchanged(snapshot, key, cursor.thread(), parameters);
			parameters.add(this.query.limit() + 1);

			// Rows changed since the mark, placed by their keys as of the mark.
			String visible = (this.query.role() == Role.BUYER) ? " AND m.visible_to = 'BOTH'" : "";
			String asOfKey = (this.query.filter() == InboxFilter.SENT) ? "x.sent" : "x.activity";
			StringBuilder changed = new StringBuilder("SELECT ").append(COLUMNS)
				.append(", ")
				.append(asOfKey)
				.append(" AS sort_key FROM inbox_entry e CROSS JOIN LATERAL (SELECT max(m.sent_at) AS activity, ")
				.append("max(m.sent_at) FILTER (WHERE m.author_id = e.owner_id) AS sent FROM message m ")
				.append("WHERE m.thread_id = e.thread_id AND m.sent_at <= ?")
				.append(visible)
				.append(") x WHERE ");
			parameters.add(snapshot);
			changed.append(scope("e", parameters, false)).append(" AND e.last_activity_at > ?");
			parameters.add(snapshot);
			changed.append(dateRange("x.activity", parameters))
				.append(" AND (")
				.append(asOfKey)
				.append(", e.thread_id)")
				.append(after())
				.append("(?, ?)");
			parameters.add(key);
			parameters.add(cursor.thread());

			String sql = "SELECT u.*, NULL::timestamptz AS snapshot FROM ((" + unchangedPage + " LIMIT ?) UNION ALL ("
					+ changed + ")) u" + order("u.sort_key", "u.thread_id") + " LIMIT ?";
			parameters.add(this.query.limit() + 1);
			return withOwnerNames(sql);
		}

		private String unchanged(Object snapshot, Object key, long thread, List<Object> parameters) {
			StringBuilder unchanged = new StringBuilder("SELECT ").append(COLUMNS)
				.append(", e.")
				.append(this.key)
				.append(" AS sort_key FROM inbox_entry e WHERE ")
				.append(scope("e", parameters))
				.append(" AND e.last_activity_at <= ?");
			parameters.add(snapshot);
			unchanged.append(dateRange("e.last_activity_at", parameters))
				.append(" AND (e.")
				.append(this.key)
				.append(", e.thread_id)")
				.append(after())
				.append("(?, ?)");
			parameters.add(key);
			parameters.add(thread);
			return this.searchByIndex
					? "SELECT f.* FROM (" + fenced(unchanged) + ") f" + order("f.sort_key", "f.thread_id")
					: unchanged + order("e." + this.key, "e.thread_id");
		}

		/** The same rows from the rum index, nearest the cursor first. */
		private String rumUnchanged(Object snapshot, Object key, long thread, List<Object> parameters) {
			String hits = rumMatches("?", List.of(key), parameters,
					" AND e.last_activity_at <= ? AND e.last_activity_at <= ? AND (e.last_activity_at, e.thread_id) < (?, ?)",
					snapshot, key, key, thread);
			return "SELECT f.* FROM (" + hits + ") f" + order("f.sort_key", "f.thread_id");
		}

		/** Admins see "buyer → seller": the seller's name joins the page's rows only. */
		private String withOwnerNames(String sql) {
			if (!this.admin) {
				return sql;
			}
			// A lookup per row of the page (25), never a join over all accounts.
			return "SELECT p.*, (SELECT o.display_name FROM account o WHERE o.id = p.owner_id) AS owner_name FROM ("
					+ sql + ") p" + order("p.sort_key", "p.thread_id");
		}

	}

	/** A page row and its position. */
	private static final class Row {

		final InboxItem item;

		final Instant key;

		final long thread;

		final @Nullable Instant snapshot;

		Row(ResultSet rs, Role role) throws SQLException {
			this.thread = rs.getLong("thread_id");
			this.key = Sql.instant(rs, "sort_key");
			this.snapshot = Sql.nullableInstant(rs, "snapshot");
			String order = rs.getString("order_id");
			boolean admin = role == Role.ADMIN;
			AccountId counterpart = AccountId.of(rs.getLong(admin ? "owner_id" : "counterpart_id"));
			String name = admin ? rs.getString("counterpart_name") + " → " + rs.getString("owner_name")
					: rs.getString("counterpart_name");
			this.item = new InboxItem(ThreadId.of(this.thread), (order != null) ? OrderId.of(order) : null, counterpart,
					name, rs.getBoolean("business_buyer"), rs.getString("subject"), rs.getString("snippet"),
					Sender.valueOf(rs.getString("last_sender")), Sql.instant(rs, "last_activity_at"),
					rs.getInt("message_count"), !admin && rs.getBoolean("unread"), Sql.nullableInstant(rs, "due_at"),
					rs.getInt("open_flags"), rs.getInt("attachment_count"));
		}

	}

}
