package dev.parley.persistence.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * Loads a seller's inbox set-based: {@code bench/generate-data.sql} adds threads,
 * messages (with valid hash chains), summaries, inbox rows, read marks, answers, flags
 * and counts the way the append path keeps them. Run by {@code scripts/generate-data} and
 * the inbox benchmark.
 */
public final class DataGenerator {

	private DataGenerator() {
	}

	/**
	 * Adds threads and messages for a seller.
	 * @param owner a connection as the owner role of a migrated database
	 * @param sellerEmail the seller, created when missing
	 * @param threads how many new threads
	 * @param messages how many new messages in all
	 * @return how long it took
	 * @throws SQLException when the script fails
	 */
	public static Duration generate(Connection owner, String sellerEmail, int threads, int messages)
			throws SQLException {
		if (threads < 1 || messages < threads) {
			throw new IllegalArgumentException("need at least one thread and one message per thread");
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("seller_email", sellerEmail.replace("'", "''"));
		values.put("threads", Integer.toString(threads));
		values.put("messages", Integer.toString(messages));
		values.put("buyers", Integer.toString(Math.max(10, threads / 5)));
		values.put("run", Long.toString(System.currentTimeMillis(), 36));
		String sql = script();
		for (Map.Entry<String, String> value : values.entrySet()) {
			sql = sql.replace("${" + value.getKey() + "}", value.getValue());
		}
		long start = System.nanoTime();
		boolean autoCommit = owner.getAutoCommit();
		owner.setAutoCommit(true);
		try (Statement statement = owner.createStatement()) {
			statement.execute(sql);
		}
		finally {
			owner.setAutoCommit(autoCommit);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * Applies the migrations, as the application would at startup.
	 * @param url the database
	 * @param user the owner role
	 * @param password its password
	 */
	public static void migrate(String url, String user, String password) {
		Flyway.configure()
			.dataSource(url, user, password)
			.placeholders(Map.of("runtime_role", "parley_app"))
			.locations("classpath:db/migration")
			.load()
			.migrate();
	}

	private static String script() {
		try (InputStream in = DataGenerator.class.getResourceAsStream("/bench/generate-data.sql")) {
			if (in == null) {
				throw new IllegalStateException("bench/generate-data.sql is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code scripts/generate-data}: creates the database when missing, migrates it and
	 * loads a seller. The database comes from {@code PARLEY_DB_URL} (default
	 * {@code jdbc:postgresql://127.0.0.1:5432/parley_generated}), {@code PARLEY_DB_USER}
	 * ({@code postgres}, the owner role) and {@code PARLEY_DB_PASSWORD}.
	 * @param args {@code sellerEmail threads messages}
	 * @throws Exception when anything fails
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: DataGenerator <seller-email> <threads> <messages>");
		}
		String url = env("PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1:5432/parley_generated");
		String user = env("PARLEY_DB_USER", "postgres");
		String password = env("PARLEY_DB_PASSWORD", "");
		createIfMissing(url, user, password);
		migrate(url, user, password);
		try (Connection owner = DriverManager.getConnection(url, user, password)) {
			int threads = Integer.parseInt(args[1]);
			int messages = Integer.parseInt(args[2]);
			System.out.printf("Generating %,d messages in %,d threads for %s in %s ...%n", messages, threads, args[0],
					url);
			Duration took = generate(owner, args[0], threads, messages);
			System.out.printf("Generated in %.1f s%n", took.toMillis() / 1000.0);
			long start = System.nanoTime();
			try (Statement statement = owner.createStatement()) {
				statement.execute("VACUUM ANALYZE");
			}
			System.out.printf("VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - start) / 1e9);
			List<String> problems = Consistency.check(owner);
			System.out.println(problems.isEmpty() ? "Consistency: summaries, inbox rows and counters agree"
					: "Consistency problems: " + problems);
		}
	}

	private static void createIfMissing(String url, String user, String password) throws SQLException {
		String base = (url.indexOf('?') < 0) ? url : url.substring(0, url.indexOf('?'));
		String database = base.substring(base.lastIndexOf('/') + 1);
		String admin = base.substring(0, base.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(admin, user, password);
				Statement statement = connection.createStatement()) {
			try (var rs = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
			System.out.println("Created database " + database);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
