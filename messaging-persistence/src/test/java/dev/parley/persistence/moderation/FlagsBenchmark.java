package dev.parley.persistence.moderation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Role;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.FlagSource;
import dev.parley.persistence.PersistenceTestApplication;
import dev.parley.persistence.bench.DataGenerator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code scripts/bench-flags}: loads 10,000 open flags over 2,000 threads (five per
 * thread: rule hits, reports and system flags about buyers and sellers, in five
 * languages) into a scratch database, then measures the review queue's first page, a deep
 * page and filtered and searched pages through the real {@link Cases} adapter after a
 * warm-up, prints p50/p95 per query, and checks every page's {@code EXPLAIN}: no page may
 * read the flag table. Drops the database at the end.
 * <p>
 * Environment as {@code scripts/bench-inbox}: {@code PARLEY_BENCH_ADMIN_URL},
 * {@code PARLEY_BENCH_USER}, {@code PARLEY_BENCH_PASSWORD}. Arguments: threads and flags
 * (default {@code 2000 10000}).
 */
public final class FlagsBenchmark {

	static final int WARMUP = 200;

	static final int REPETITIONS = 500;

	private static final Pattern SCAN = Pattern
		.compile("((?:Seq|Index|Index Only|Bitmap Index|Bitmap Heap) Scan(?: Backward)?(?: using \\S+)? on \\S+)");

	private FlagsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000;
		int flags = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		String adminUrl = env("PARLEY_BENCH_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = env("PARLEY_BENCH_USER", "postgres");
		String password = env("PARLEY_BENCH_PASSWORD", "");
		String database = "parley_bench_flags_"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
		String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
		execute(adminUrl, user, password, "CREATE DATABASE " + database);
		System.out.println("Scratch database " + database);
		try {
			DataGenerator.migrate(url, user, password);
			try (Connection owner = DriverManager.getConnection(url, user, password);
					Statement statement = owner.createStatement()) {
				long start = System.nanoTime();
				statement.execute(load(threads, flags));
				statement.execute("SELECT refresh_moderation_case(id) FROM thread");
				statement.execute("VACUUM ANALYZE");
				System.out.printf("Loaded %,d threads and %,d open flags in %.1f s%n", threads, flags,
						(System.nanoTime() - start) / 1e9);
			}
			run(url, user, password);
		}
		finally {
			execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			System.out.println("Dropped " + database);
		}
	}

	/** Buyers, one seller per 50 threads, pre-sale threads, and five flags per thread. */
	private static String load(int threads, int flags) {
		return """
				INSERT INTO account (email, display_name, password_hash, role, language)
				SELECT 'bench-buyer-' || i || '@buyers.parley.test', 'Buyer ' || i || ' ' || (ARRAY['Novak','Keller','Reyes','Tanaka','Dubois'])[1 + i %% 5],
				       '{noop}x', 'BUYER', (ARRAY['en','de','es','fr','ja'])[1 + i %% 5]
				FROM generate_series(1, %1$d) AS i;
				INSERT INTO account (email, display_name, password_hash, role)
				SELECT 'bench-seller-' || i || '@sellers.parley.test', 'Shop ' || i, '{noop}x', 'SELLER'
				FROM generate_series(1, %1$d / 50 + 1) AS i;
				INSERT INTO thread (buyer_id, seller_id, subject, created_at, last_activity_at)
				SELECT b.id, s.id, 'Question ' || b.n, now() - (b.n || ' minutes')::interval, now()
				FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM account WHERE role = 'BUYER') b
				JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM account WHERE role = 'SELLER') s
				  ON s.n = b.n / 50 + 1;
				INSERT INTO flag (thread_id, seller_id, source, reason, note, raised_at, raised_by, party_id, party_role)
				SELECT t.id, t.seller_id,
				       (ARRAY['RULE','RULE','REPORT','RULE','SYSTEM'])[1 + f.i %% 5],
				       (ARRAY['LINK_EXTERNAL','OFF_PLATFORM','HARASSMENT','PROMOTIONAL','EXCESSIVE_CRITICAL'])[1 + f.i %% 5],
				       CASE WHEN f.i %% 5 = 2 THEN 'reported as rude' END,
				       now() - ((f.i * 7) || ' minutes')::interval,
				       CASE WHEN f.i %% 5 = 2 THEN t.seller_id END,
				       CASE WHEN f.i %% 2 = 0 THEN t.buyer_id ELSE t.seller_id END,
				       CASE WHEN f.i %% 2 = 0 THEN 'BUYER' ELSE 'SELLER' END
				FROM generate_series(0, %2$d - 1) AS f (i)
				JOIN (SELECT id, seller_id, buyer_id, row_number() OVER (ORDER BY id) - 1 AS n FROM thread) t
				  ON t.n = f.i %% %1$d;
				"""
			.formatted(threads, flags);
	}

	private static void run(String url, String user, String password) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PersistenceTestApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password, "--logging.level.root=WARN",
					"--parley.database.allow-privileged-login=true")) {
			Cases cases = context.getBean(Cases.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.printf("Cases: %,d; open flags per reason: %s%n", cases.countCases(), cases.countsPerReason());
			Cases.Query first = Cases.Query.first(25);
			List<Cases.Case> page = cases.page(first);
			Cases.Cursor deepCursor = null;
			Cases.Query walk = first;
			for (int i = 0; i < 40 && !page.isEmpty(); i++) {
				deepCursor = page.get(page.size() - 1).cursor();
				walk = with(first, deepCursor);
				page = cases.page(walk);
			}
			List<Named> queries = List.of(new Named("first page (oldest first)", first),
					new Named("page 41 by cursor", walk),
					new Named("first page by severity", order(first, Cases.Order.SEVERITY)),
					new Named("rule LINK_EXTERNAL",
							new Cases.Query("LINK_EXTERNAL", null, null, null, null, null, Cases.Order.OLDEST, null,
									25)),
					new Named("rule nobody hit (walks every case)",
							new Cases.Query("PHONE_NUMBER", null, null, null, null, null, Cases.Order.OLDEST, null,
									25)),
					new Named("rule + source + party + language",
							new Cases.Query("HARASSMENT", FlagSource.REPORT, Role.BUYER, null, "fr", null,
									Cases.Order.SEVERITY, null, 25)),
					new Named("source REPORT",
							new Cases.Query(null, FlagSource.REPORT, null, null, null, null, Cases.Order.OLDEST, null,
									25)),
					new Named("party BUYER",
							new Cases.Query(null, null, Role.BUYER, null, null, null, Cases.Order.OLDEST, null, 25)),
					new Named("older than 1 day",
							new Cases.Query(null, null, null, Instant.now().minusSeconds(86_400), null, null,
									Cases.Order.OLDEST, null, 25)),
					new Named("language ja",
							new Cases.Query(null, null, null, null, "ja", null, Cases.Order.OLDEST, null, 25)),
					new Named("search 'Tanaka'",
							new Cases.Query(null, null, null, null, null, "Tanaka", Cases.Order.OLDEST, null, 25)),
					new Named("search 'Buyer 1234'",
							new Cases.Query(null, null, null, null, null, "Buyer 1234", Cases.Order.OLDEST, null, 25)));
			for (Named q : queries) {
				for (int i = 0; i < WARMUP; i++) {
					cases.page(q.query);
				}
			}
			List<String> verdicts = new ArrayList<>();
			System.out.printf("%n%-36s %9s %9s %6s%n", "query", "p50 ms", "p95 ms", "rows");
			boolean allFast = true;
			for (Named q : queries) {
				double[] times = new double[REPETITIONS];
				int rows = 0;
				for (int i = 0; i < REPETITIONS; i++) {
					long start = System.nanoTime();
					rows = cases.page(q.query).size();
					times[i] = (System.nanoTime() - start) / 1e6;
				}
				Arrays.sort(times);
				double p95 = times[(int) Math.ceil(REPETITIONS * 0.95) - 1];
				allFast &= p95 < 25;
				System.out.printf("%-36s %9.3f %9.3f %6d%n", q.name, times[REPETITIONS / 2], p95, rows);
				List<Object> parameters = new ArrayList<>();
				String sql = JdbcCases.pageSql(q.query, parameters);
				String plan = String.join("\n",
						jdbc.queryForList("EXPLAIN " + sql, String.class, parameters.toArray()));
				boolean readsFlag = plan.matches("(?s).*\\bon flag\\b.*");
				verdicts.add(String.format("%-36s %s: %s", q.name,
						readsFlag ? "READS THE FLAG TABLE" : "no flag access", scans(plan)));
			}
			System.out.println("\nEXPLAIN check (no page may read the flag table):");
			verdicts.forEach(System.out::println);
			boolean flagRead = verdicts.stream().anyMatch((v) -> v.contains("READS THE FLAG TABLE"));
			System.out.println("EXPLAIN verdict: " + (flagRead ? "FAILED" : "ok, no page reads the flag table"));
			System.out.println(
					"p95 verdict: " + (allFast ? "ok, every page under 25 ms" : "FAILED, a page took 25 ms or more"));
		}
	}

	/**
	 * The plan's scan nodes, e.g. {@code Index Scan using moderation_case_oldest_idx on
	 * moderation_case}, in plan order.
	 */
	private static String scans(String plan) {
		List<String> scans = new ArrayList<>();
		Matcher matcher = SCAN.matcher(plan);
		while (matcher.find()) {
			scans.add(matcher.group(1).strip());
		}
		return String.join("; ", scans);
	}

	private static Cases.Query with(Cases.Query query, Cases.Cursor after) {
		return new Cases.Query(query.rule(), query.source(), query.partyRole(), query.openBefore(), query.language(),
				query.text(), query.order(), after, query.limit());
	}

	private static Cases.Query order(Cases.Query query, Cases.Order order) {
		return new Cases.Query(query.rule(), query.source(), query.partyRole(), query.openBefore(), query.language(),
				query.text(), order, null, query.limit());
	}

	private record Named(String name, Cases.Query query) {
	}

	private static void execute(String url, String user, String password, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
