package dev.parley.persistence.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything connects: checks that the configured PostgreSQL server answers, and
 * creates the configured database when it is missing and the server allows it. With no
 * server, the application stops at once with {@link DatabaseUnavailableException}. Turned
 * off with {@code parley.database.bootstrap=false}.
 */
public class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	private static final Log logger = LogFactory.getLog(DatabaseBootstrap.class);

	private static final String DATABASE_MISSING = "3D000";

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private static final String DUPLICATE_DATABASE = "42P04";

	@Override
	public int getOrder() {
		// After logging is set up, so that what we log is formatted like the rest.
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!environment.getProperty("parley.database.bootstrap", Boolean.class, true)) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		String username = environment.getProperty("spring.datasource.username", "");
		String password = environment.getProperty("spring.datasource.password", "");
		ensureDatabase(url, username, password);
	}

	static void ensureDatabase(String url, String username, String password) {
		try (Connection connection = connect(url, username, password)) {
			connection.isValid(2);
		}
		catch (SQLException ex) {
			if (DATABASE_MISSING.equals(ex.getSQLState())) {
				createDatabase(url, username, password);
				return;
			}
			throw new DatabaseUnavailableException(url, username, describe(ex), ex);
		}
	}

	private static void createDatabase(String url, String username, String password) {
		String database = databaseName(url);
		String maintenanceUrl = replaceDatabase(url, "postgres");
		try (Connection connection = connect(maintenanceUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
			logger.info("Created the PostgreSQL database '" + database + "'");
		}
		catch (SQLException ex) {
			if (DUPLICATE_DATABASE.equals(ex.getSQLState())) {
				return;
			}
			String reason = INSUFFICIENT_PRIVILEGE.equals(ex.getSQLState())
					? "the database '" + database + "' does not exist and this user may not create it"
					: "the database '" + database + "' does not exist and creating it failed: " + describe(ex);
			throw new DatabaseUnavailableException(url, username, reason, ex);
		}
	}

	private static Connection connect(String url, String username, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", username);
		properties.setProperty("password", password);
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("loginTimeout", "10");
		return DriverManager.getConnection(url, properties);
	}

	private static String describe(SQLException ex) {
		String state = ex.getSQLState();
		if (state != null && state.startsWith("08")) {
			return "no server answers there (" + firstLine(ex.getMessage()) + ")";
		}
		if ("28P01".equals(state) || "28000".equals(state)) {
			return "the server refused the login (" + firstLine(ex.getMessage()) + ")";
		}
		return firstLine(ex.getMessage());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unknown error";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	static String databaseName(String jdbcUrl) {
		String base = stripParameters(jdbcUrl);
		return base.substring(base.lastIndexOf('/') + 1);
	}

	static String replaceDatabase(String jdbcUrl, String database) {
		String base = stripParameters(jdbcUrl);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + jdbcUrl.substring(base.length());
	}

	private static String stripParameters(String jdbcUrl) {
		int query = jdbcUrl.indexOf('?');
		return (query < 0) ? jdbcUrl : jdbcUrl.substring(0, query);
	}

}
