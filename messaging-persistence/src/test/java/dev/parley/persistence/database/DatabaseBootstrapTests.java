package dev.parley.persistence.database;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import dev.parley.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starting against a server: creating a missing database, and one clear message when no
 * server answers.
 */
class DatabaseBootstrapTests {

	@Test
	void createsTheConfiguredDatabaseWhenItIsMissing() throws Exception {
		TestDatabase server = TestDatabase.get();
		String name = server.name() + "_bootstrap";
		String url = TestDatabase.replaceDatabase(server.url(), name);
		try {
			DatabaseBootstrap.ensureDatabase(url, server.username(), server.password());
			DatabaseBootstrap.ensureDatabase(url, server.username(), server.password());

			try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT current_database()")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo(name);
			}
		}
		finally {
			try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
	}

	@Test
	void noServerGivesOneMessageNamingTheUrlAndTheVariables() throws Exception {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + freePort + "/parley";

		DatabaseUnavailableException failure = catchUnavailable(url);
		FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);

		assertThat(failure.url()).isEqualTo(url);
		assertThat(analysis.getDescription()).contains(url).contains("no server answers");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD");
	}

	private static DatabaseUnavailableException catchUnavailable(String url) {
		DatabaseUnavailableException[] caught = new DatabaseUnavailableException[1];
		assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(() -> {
			try {
				DatabaseBootstrap.ensureDatabase(url, "postgres", "");
			}
			catch (DatabaseUnavailableException ex) {
				caught[0] = ex;
				throw ex;
			}
		});
		return caught[0];
	}

}
