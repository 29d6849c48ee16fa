package dev.parley.persistence.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the kept summaries agree with the record: counters with inbox rows, threads
 * with their messages and inbox rows. For tests and the generator.
 */
public final class Consistency {

	private static final List<String[]> CHECKS = List.of(
			new String[] { "counters differ from inbox rows",
					"""
							WITH actual AS (
							    SELECT owner_id, count(*) AS a, count(*) FILTER (WHERE unread) AS u,
							           count(*) FILTER (WHERE last_sent_at IS NOT NULL) AS s, count(*) FILTER (WHERE due_at IS NOT NULL) AS n,
							           count(*) FILTER (WHERE business_buyer AND owner_role = 'SELLER') AS c, 0::bigint AS f
							    FROM inbox_entry GROUP BY owner_id
							    UNION ALL
							    SELECT 0, count(*), 0, 0, 0, 0, count(*) FILTER (WHERE open_flags > 0)
							    FROM inbox_entry WHERE owner_role = 'SELLER'
							), counted AS (
							    SELECT owner_id, sum(all_threads) AS a, sum(unread) AS u, sum(sent) AS s, sum(needs_response) AS n,
							           sum(company) AS c, sum(flagged) AS f
							    FROM inbox_counter GROUP BY owner_id
							)
							SELECT count(*) FROM actual x FULL JOIN counted y USING (owner_id)
							WHERE (coalesce(x.a, 0), coalesce(x.u, 0), coalesce(x.s, 0), coalesce(x.n, 0), coalesce(x.c, 0), coalesce(x.f, 0))
							   <> (coalesce(y.a, 0), coalesce(y.u, 0), coalesce(y.s, 0), coalesce(y.n, 0), coalesce(y.c, 0), coalesce(y.f, 0))
							""" },
			new String[] { "threads whose head differs from their last message",
					"""
							SELECT count(*) FROM thread t
							LEFT JOIN message m ON m.thread_id = t.id AND m.seq = t.message_count
							WHERE t.message_count > 0 AND (m.id IS NULL OR m.hash <> t.last_hash OR m.sent_at <> t.last_activity_at
							      OR EXISTS (SELECT 1 FROM message x WHERE x.thread_id = t.id AND x.seq > t.message_count))
							""" },
			new String[] { "sellers' rows whose due time differs from the thread's",
					"""
							SELECT count(*) FROM thread t JOIN inbox_entry e ON e.thread_id = t.id AND e.owner_id = t.seller_id
							WHERE e.due_at IS DISTINCT FROM t.awaiting_since + interval '24 hours' OR e.open_flags <> t.open_flags
							   OR e.message_count <> t.message_count
							""" },
			new String[] { "threads with messages but no seller row", """
					SELECT count(*) FROM thread t WHERE t.message_count > 0
					AND NOT EXISTS (SELECT 1 FROM inbox_entry e WHERE e.thread_id = t.id AND e.owner_id = t.seller_id)
					""" }, new String[] { "open flag counts that differ from undecided flags", """
					SELECT count(*) FROM thread t
					WHERE t.open_flags <> (SELECT count(*) FROM flag f WHERE f.thread_id = t.id
					                       AND NOT EXISTS (SELECT 1 FROM admin_decision d WHERE d.flag_id = f.id))
					""" });

	private Consistency() {
	}

	/**
	 * Runs every check.
	 * @param connection any connection that may read the tables
	 * @return the failed checks with how many rows fail them; empty when all agree
	 * @throws SQLException when a query fails
	 */
	public static List<String> check(Connection connection) throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (String[] check : CHECKS) {
				try (ResultSet rs = statement.executeQuery(check[1])) {
					rs.next();
					long failing = rs.getLong(1);
					if (failing != 0) {
						problems.add(check[0] + ": " + failing);
					}
				}
			}
		}
		return problems;
	}

}
