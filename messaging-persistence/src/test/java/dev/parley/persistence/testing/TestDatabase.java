package dev.parley.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test run (one JVM: Surefire's or Failsafe's).
 * <p>
 * The server is, in this order: a Testcontainers PostgreSQL when Docker is available; the
 * server named by {@code PARLEY_TEST_DB_URL} (a JDBC URL of any database on it, used to
 * create and drop the test database, with {@code PARLEY_TEST_DB_USER} and
 * {@code PARLEY_TEST_DB_PASSWORD}, default {@code postgres} and empty); else
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres} as {@code postgres}. On that server
 * the run creates a database of its own, {@code parley_test_<time>_<random>}, and drops
 * it when the run ends, so runs never see each other's rows.
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "PARLEY_TEST_DB_URL";

	public static final String USER_VARIABLE = "PARLEY_TEST_DB_USER";

	public static final String PASSWORD_VARIABLE = "PARLEY_TEST_DB_PASSWORD";

	private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private static TestDatabase instance;

	private final String adminUrl;

	private final String username;

	private final String password;

	private final String name;

	private final String url;

	private final PostgreSQLContainer container;

	private boolean dropped;

	private TestDatabase(String adminUrl, String username, String password, PostgreSQLContainer container) {
		this.adminUrl = adminUrl;
		this.username = username;
		this.password = password;
		this.container = container;
		this.name = "parley_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36).toLowerCase(Locale.ROOT);
		this.url = replaceDatabase(adminUrl, this.name);
	}

	/**
	 * The run's database, created on first use.
	 * @return the database
	 */
	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
			instance.create();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::drop, "drop-test-database"));
		}
		return instance;
	}

	static synchronized void dropIfStarted() {
		if (instance != null) {
			instance.drop();
		}
	}

	private static TestDatabase start() {
		String configured = System.getenv(URL_VARIABLE);
		if (configured == null && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					container);
		}
		String user = System.getenv(USER_VARIABLE);
		String password = System.getenv(PASSWORD_VARIABLE);
		return new TestDatabase((configured != null) ? configured : DEFAULT_URL, (user != null) ? user : "postgres",
				(password != null) ? password : "", null);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public String name() {
		return this.name;
	}

	/**
	 * A new connection to the run's database as the configured (owner) user.
	 * @return the connection; the caller closes it
	 * @throws SQLException when the server refuses
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	private void create() {
		execute("CREATE DATABASE " + this.name);
	}

	private synchronized void drop() {
		if (this.dropped) {
			return;
		}
		this.dropped = true;
		try {
			execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
		finally {
			if (this.container != null) {
				this.container.stop();
			}
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.adminUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test database: '" + sql + "' failed on " + this.adminUrl + " as "
					+ this.username + ". Set " + URL_VARIABLE + " (and " + USER_VARIABLE + ", " + PASSWORD_VARIABLE
					+ ") to a PostgreSQL server where this user may create databases.", ex);
		}
	}

	public static String replaceDatabase(String jdbcUrl, String database) {
		int query = jdbcUrl.indexOf('?');
		String base = (query < 0) ? jdbcUrl : jdbcUrl.substring(0, query);
		String params = (query < 0) ? "" : jdbcUrl.substring(query);
		int slash = base.lastIndexOf('/');
		if (slash < "jdbc:postgresql://".length()) {
			throw new IllegalArgumentException("expected jdbc:postgresql://host[:port]/database, got " + jdbcUrl);
		}
		return base.substring(0, slash + 1) + database + params;
	}

}
