package dev.parley.persistence.inbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.persistence.PersistenceTestApplication;
import dev.parley.persistence.bench.Consistency;
import dev.parley.persistence.bench.DataGenerator;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code scripts/bench-inbox}: loads one seller with 10,000, 100,000 and 1,000,000
 * messages (ten per thread) into a scratch database, and at each size measures the first
 * page and a deep page (page 40, reached by cursors) of every filter and of searches
 * through the real {@link Inbox} adapter, as the application role, after a warm-up.
 * Prints p50/p95 per query and size, the growth of p95 from the smallest to the largest
 * size, and the {@code EXPLAIN} of every query, checked for sequential scans. Drops the
 * database at the end.
 * <p>
 * Environment: {@code PARLEY_BENCH_ADMIN_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code PARLEY_BENCH_USER}
 * ({@code postgres}), {@code PARLEY_BENCH_PASSWORD} (empty). Arguments: the sizes in
 * messages (default {@code 10000 100000 1000000}).
 */
public final class InboxBenchmark {

	static final String SELLER = "bench-seller@sellers.parley.test";

	static final int WARMUP = Integer.parseInt(env("PARLEY_BENCH_WARMUP", "100"));

	static final int REPETITIONS = Integer.parseInt(env("PARLEY_BENCH_REPETITIONS", "500"));

	/** {@code PARLEY_BENCH_CASES=search}: only the searches (a shorter run). */
	static final boolean SEARCH_ONLY = "search".equals(env("PARLEY_BENCH_CASES", "all"));

	static final int DEEP_PAGE = 40;

	private InboxBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10_000, 100_000, 1_000_000 };
		inScratchDatabase("parley_bench_", (url, user, password) -> run(url, user, password, sizes));
	}

	/** Work on a migrated scratch database. */
	interface ScratchWork {

		void run(String url, String user, String password) throws Exception;

	}

	/**
	 * Creates a scratch database on the benchmark server ({@code PARLEY_BENCH_*}),
	 * migrates it, runs the work and drops the database.
	 * @param prefix the database name's start
	 * @param work what to run on it
	 * @throws Exception what the work throws
	 */
	static void inScratchDatabase(String prefix, ScratchWork work) throws Exception {
		String adminUrl = env("PARLEY_BENCH_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = env("PARLEY_BENCH_USER", "postgres");
		String password = env("PARLEY_BENCH_PASSWORD", "");
		String database = prefix
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
		String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
		long started = System.nanoTime();
		execute(adminUrl, user, password, "CREATE DATABASE " + database);
		System.out.println("Scratch database " + database);
		try {
			DataGenerator.migrate(url, user, password);
			work.run(url, user, password);
		}
		finally {
			execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			System.out.printf("Dropped %s. Total %.1f min%n", database, (System.nanoTime() - started) / 6e10);
		}
	}

	private static void run(String url, String user, String password, int[] sizes) throws Exception {
		Map<String, Map<Integer, double[]>> results = new LinkedHashMap<>();
		List<String> verdicts = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PersistenceTestApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password,
					// The scratch database is logged into as its owner, as the generator
					// does.
					"--parley.database.allow-privileged-login=true", "--logging.level.root=WARN",
					"--spring.jpa.show-sql=false");
				Connection owner = DriverManager.getConnection(url, user, password)) {
			Inbox inbox = context.getBean(Inbox.class);
			JdbcInbox adapter = (JdbcInbox) AopProxyUtils.getSingletonTarget(context.getBean(Inbox.class));
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			int loaded = 0;
			for (int size : sizes) {
				int messages = size - loaded;
				Duration took = DataGenerator.generate(owner, SELLER, messages / 10, messages);
				loaded = size;
				long vacuum = System.nanoTime();
				try (Statement statement = owner.createStatement()) {
					statement.execute("VACUUM ANALYZE");
				}
				List<String> problems = Consistency.check(owner);
				System.out.printf(
						"%n=== %,d messages: generated %,d in %.1f s, VACUUM ANALYZE %.1f s, consistency %s%n", size,
						messages, took.toMillis() / 1000.0, (System.nanoTime() - vacuum) / 1e9,
						problems.isEmpty() ? "ok" : problems);
				Long sellerId = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, SELLER);
				Long adminId = jdbc.queryForObject("SELECT min(id) FROM account", Long.class);
				String orderId = jdbc
					.queryForObject("SELECT order_id FROM inbox_entry WHERE owner_id = ? AND order_id IS NOT NULL "
							+ "ORDER BY thread_id LIMIT 1 OFFSET 7", String.class, sellerId);
				System.out.printf("seller counts: %s%n",
						inbox.counts(query(sellerId, Role.SELLER, InboxFilter.ALL, null, null)));
				boolean rum = exists(jdbc, "inbox_search_rum_idx");
				System.out.printf("search index: %s; machine load (1/5/15 min): %s%n",
						rum ? "rum, ordered by last activity" : "GIN (no rum on this server)", load());
				System.out.println(entrySize(jdbc));
				boolean printPlans = size == sizes[sizes.length - 1];
				// Warm the JVM and the caches on every query first, then measure each.
				for (int round = 0; round < ((size == sizes[0]) ? (SEARCH_ONLY ? 3 : 10)
						: (SEARCH_ONLY ? 1 : 3)); round++) {
					for (Case benchCase : cases(sellerId, adminId, orderId)) {
						for (int i = 0; i < WARMUP; i++) {
							inbox.page(benchCase.query);
						}
					}
				}
				for (Case benchCase : cases(sellerId, adminId, orderId)) {
					InboxQuery first = benchCase.query;
					String deepCursor = cursorBefore(inbox, first, DEEP_PAGE);
					int deepPage = pageNumber(inbox, first, deepCursor);
					InboxQuery deep = withCursor(first, deepCursor);
					double[] firstTimes = measure(inbox, first);
					double[] deepTimes = measure(inbox, deep);
					results.computeIfAbsent(benchCase.name + " first", (k) -> new LinkedHashMap<>())
						.put(size, firstTimes);
					results.computeIfAbsent(benchCase.name + " deep", (k) -> new LinkedHashMap<>())
						.put(size, deepTimes);
					for (InboxQuery q : List.of(first, deep)) {
						String label = benchCase.name + ((q == first) ? " first page" : " page " + deepPage);
						String plan = explain(adapter, jdbc, q);
						verdicts.add(String.format("%,9d  %-44s %s", size, label, verdict(plan)));
						if (printPlans) {
							System.out.printf("%n--- EXPLAIN %s at %,d messages%n%s%n", label, size, plan);
						}
					}
				}
				if (rum) {
					measureFallback(inbox, adapter, owner, cases(sellerId, adminId, orderId), size, results);
				}
			}
		}
		printTable(results, sizes);
		System.out.println("\nPlan check (a page must never scan a table sequentially):");
		verdicts.forEach(System.out::println);
		boolean messageScanned = verdicts.stream().anyMatch((v) -> v.contains("SCANS message"));
		boolean anyScanned = verdicts.stream().anyMatch((v) -> v.contains("Seq Scan"));
		System.out
			.println(messageScanned ? "EXPLAIN verdict: FAILED, a page query scans the whole message table" : anyScanned
					? "EXPLAIN verdict: no page query scans the message table; some scan a small table (listed)"
					: "EXPLAIN verdict: no page query scans any table sequentially; " + "none scans the message table");
	}

	private static List<Case> cases(long seller, long admin, String orderId) {
		List<Case> cases = new ArrayList<>();
		for (InboxFilter filter : List.of(InboxFilter.ALL, InboxFilter.UNREAD, InboxFilter.SENT,
				InboxFilter.NEEDS_RESPONSE, InboxFilter.COMPANY)) {
			if (!SEARCH_ONLY) {
				cases.add(new Case("seller " + filter.parameter(), query(seller, Role.SELLER, filter, null, null)));
			}
		}
		cases.add(new Case("seller search 'novak'", query(seller, Role.SELLER, InboxFilter.ALL, "novak", null)));
		cases.add(new Case("seller search 'tabletop scratch'",
				query(seller, Role.SELLER, InboxFilter.ALL, "tabletop scratch", null)));
		cases.add(new Case("seller search order id", query(seller, Role.SELLER, InboxFilter.ALL, orderId, null)));
		if (!SEARCH_ONLY) {
			cases.add(new Case("admin all", query(admin, Role.ADMIN, InboxFilter.ALL, null, null)));
			cases.add(new Case("admin flagged", query(admin, Role.ADMIN, InboxFilter.FLAGGED, null, null)));
		}
		return cases;
	}

	private static InboxQuery query(long viewer, Role role, InboxFilter filter, @Nullable String search,
			@Nullable String cursor) {
		return new InboxQuery(AccountId.of(viewer), role, filter, search, null, null, cursor, InboxQuery.DEFAULT_LIMIT);
	}

	private static InboxQuery withCursor(InboxQuery query, @Nullable String cursor) {
		return new InboxQuery(query.viewer(), query.role(), query.filter(), query.search(), query.from(), query.to(),
				cursor, query.limit());
	}

	/** The cursor of the given page, or of the last page when there are fewer. */
	private static @Nullable String cursorBefore(Inbox inbox, InboxQuery first, int page) {
		String cursor = null;
		for (int i = 1; i < page; i++) {
			InboxPage result = inbox.page(withCursor(first, cursor));
			if (result.nextCursor() == null) {
				return cursor;
			}
			cursor = result.nextCursor();
		}
		return cursor;
	}

	private static int pageNumber(Inbox inbox, InboxQuery first, @Nullable String target) {
		String cursor = null;
		int page = 1;
		while (cursor != target && (cursor == null || !cursor.equals(target))) {
			cursor = inbox.page(withCursor(first, cursor)).nextCursor();
			page++;
		}
		return page;
	}

	private static double[] measure(Inbox inbox, InboxQuery query) {
		System.gc();
		for (int i = 0; i < WARMUP; i++) {
			inbox.page(query);
		}
		long[] nanos = new long[REPETITIONS];
		for (int i = 0; i < REPETITIONS; i++) {
			long start = System.nanoTime();
			inbox.page(query);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return new double[] { nanos[REPETITIONS / 2] / 1e6, nanos[(int) Math.ceil(REPETITIONS * 0.95) - 1] / 1e6 };
	}

	/**
	 * The searches again as a stock server runs them: the rum index swapped for the GIN
	 * index of V11 (as {@code afterMigrate__search_rum.sql} leaves it without rum), then
	 * back.
	 */
	private static void measureFallback(Inbox inbox, JdbcInbox adapter, Connection owner, List<Case> cases, int size,
			Map<String, Map<Integer, double[]>> results) throws SQLException {
		// Index changes need the tables' owner, not the application's role.
		Statement jdbc = owner.createStatement();
		long swap = System.nanoTime();
		jdbc.execute("DROP INDEX inbox_search_rum_idx");
		jdbc.execute("CREATE INDEX inbox_search_idx ON inbox_entry USING gin (search)");
		jdbc.execute("ANALYZE inbox_entry");
		adapter.rum = false;
		System.out.printf("GIN fallback: index swapped in %.1f s%n", (System.nanoTime() - swap) / 1e9);
		try {
			for (Case benchCase : cases) {
				if (benchCase.query.search() == null) {
					continue;
				}
				InboxQuery first = benchCase.query;
				InboxQuery deep = withCursor(first, cursorBefore(inbox, first, DEEP_PAGE));
				for (int i = 0; i < WARMUP; i++) {
					inbox.page(first);
				}
				results.computeIfAbsent(benchCase.name + " first [GIN]", (k) -> new LinkedHashMap<>())
					.put(size, measure(inbox, first));
				results.computeIfAbsent(benchCase.name + " deep [GIN]", (k) -> new LinkedHashMap<>())
					.put(size, measure(inbox, deep));
			}
		}
		finally {
			jdbc.execute("DROP INDEX inbox_search_idx");
			jdbc.execute("CREATE INDEX inbox_search_rum_idx ON inbox_entry USING rum (search rum_tsvector_addon_ops, "
					+ "last_activity_at) WITH (attach = 'last_activity_at', to = 'search', order_by_attach = 't')");
			jdbc.execute("ANALYZE inbox_entry");
			adapter.rum = null;
			jdbc.close();
		}
	}

	private static boolean exists(JdbcTemplate jdbc, String index) {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, index));
	}

	/** The inbox rows' size per thread (two rows each), with TOAST and indexes. */
	static String entrySize(JdbcTemplate jdbc) {
		return jdbc.queryForObject(
				"""
						SELECT format('inbox_entry: %s rows, %s with TOAST and indexes (%s per thread, heap+TOAST %s); '
						              || 'search vector avg %s B, max %s B, max %s lexemes',
						              count(*), pg_size_pretty(pg_total_relation_size('inbox_entry')),
						              pg_size_pretty(pg_total_relation_size('inbox_entry') / greatest(count(DISTINCT thread_id), 1)),
						              pg_size_pretty(pg_table_size('inbox_entry') / greatest(count(DISTINCT thread_id), 1)),
						              round(avg(pg_column_size(search))), max(pg_column_size(search)), max(length(search)))
						FROM inbox_entry
						""",
				String.class);
	}

	static String load() {
		try {
			return String.join(" ",
					java.util.Arrays.asList(
							java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" "))
						.subList(0, 3));
		}
		catch (java.io.IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String explain(JdbcInbox adapter, JdbcTemplate jdbc, InboxQuery query) {
		List<Object> parameters = new ArrayList<>();
		String sql = adapter.sql(query, parameters);
		return String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class, parameters.toArray()));
	}

	/** What a plan scans sequentially: the message table is a failure. */
	static String verdict(String plan) {
		List<String> scanned = new ArrayList<>();
		for (String line : plan.split("\n")) {
			int at = line.indexOf("Seq Scan on ");
			if (at >= 0) {
				scanned.add(line.substring(at + "Seq Scan on ".length()).split(" ")[0]);
			}
		}
		if (scanned.contains("message")) {
			return "FAILED: SCANS message";
		}
		return scanned.isEmpty() ? "ok, indexes only" : "ok, but Seq Scan on " + scanned;
	}

	private static void printTable(Map<String, Map<Integer, double[]>> results, int[] sizes) {
		StringBuilder header = new StringBuilder(String.format("%n%-40s", "query (ms, through JdbcInbox)"));
		for (int size : sizes) {
			header.append(String.format(" %17s", String.format("%,d p50/p95", size)));
		}
		header.append("  growth p95");
		System.out.println(header);
		double worstP95 = 0;
		double worstGrowth = 0;
		for (Map.Entry<String, Map<Integer, double[]>> row : results.entrySet()) {
			StringBuilder line = new StringBuilder(String.format("%-40s", row.getKey()));
			for (int size : sizes) {
				double[] p = row.getValue().get(size);
				line.append(String.format(" %8.2f /%7.2f", p[0], p[1]));
			}
			double growth = row.getValue().get(sizes[sizes.length - 1])[1] / row.getValue().get(sizes[0])[1];
			worstGrowth = Math.max(worstGrowth, growth);
			worstP95 = Math.max(worstP95, row.getValue().get(sizes[sizes.length - 1])[1]);
			System.out.println(line.append(String.format("  %6.2fx", growth)));
		}
		System.out.printf(
				"%nWorst p95 at %,d messages: %.2f ms (goal < 25 ms); worst growth %,d -> %,d: %.2fx "
						+ "(goal < 1.5x)%n",
				sizes[sizes.length - 1], worstP95, sizes[0], sizes[sizes.length - 1], worstGrowth);
		// The mid-frequency term: 'novak' is a family name in about 1 in 40 of the
		// buyers.
		for (String page : List.of("first", "deep")) {
			StringBuilder line = new StringBuilder("Mid-frequency search 'novak' " + page + " page, growth of p95: ");
			for (String index : List.of("", " [GIN]")) {
				Map<Integer, double[]> row = results.get("seller search 'novak' " + page + index);
				if (row != null) {
					line.append(
							String.format("%s %.2fx (%.2f -> %.2f ms)  ", index.isEmpty() ? "default" : "GIN fallback",
									row.get(sizes[sizes.length - 1])[1] / row.get(sizes[0])[1], row.get(sizes[0])[1],
									row.get(sizes[sizes.length - 1])[1]));
				}
			}
			System.out.println(line.append("(goal <= 1.5x with rum)"));
		}
	}

	private static void execute(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private record Case(String name, InboxQuery query) {
	}

}
