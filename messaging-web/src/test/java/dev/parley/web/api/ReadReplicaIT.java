package dev.parley.web.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import dev.parley.core.order.Order;
import dev.parley.persistence.database.ReplicaRoutingDataSource;
import dev.parley.persistence.database.ReplicaStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Read-only transactions on a real streaming replica (scripts/replica-up, which
 * {@code .ci/run} starts): they run on the replica, writes on the primary, and a caller
 * reads their own write at once, from a replica that has replayed it or, when the replica
 * lags (replay paused here), from the primary. Skipped when no replica of the test server
 * answers on {@code PARLEY_TEST_REPLICA_PORT} (5433), unless
 * {@code PARLEY_TEST_REPLICA_REQUIRED=true} (CI, which starts one), where it fails
 * instead.
 */
@TestPropertySource(properties = { "parley.database.replica-wait=3s", "parley.api.rate-limit.capacity=1000000" })
class ReadReplicaIT extends ApiTestSupport {

	private static final String REPLICA_PORT = System.getenv().getOrDefault("PARLEY_TEST_REPLICA_PORT", "5433");

	private static final boolean REQUIRED = Boolean.parseBoolean(System.getenv("PARLEY_TEST_REPLICA_REQUIRED"));

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeAll
	static void aReplicaOfTheTestServerAnswers() throws Exception {
		String primary = System.getProperty("spring.datasource.url");
		assumeTrue(primary != null && primary.startsWith("jdbc:postgresql://"), "the test database is PostgreSQL");
		String replica = replicaUrl(primary);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			try (Connection primaryConnection = connect(primary); Connection replicaConnection = connect(replica)) {
				expect("t".equals(value(replicaConnection, "SELECT pg_is_in_recovery()")),
						"the server on port " + REPLICA_PORT + " is a replica");
				assumeTrue(
						value(primaryConnection, "SELECT system_identifier FROM pg_control_system()")
							.equals(value(replicaConnection, "SELECT system_identifier FROM pg_control_system()")),
						"the server on port " + REPLICA_PORT + " replicates the test server");
				return;
			}
			catch (SQLException ex) {
				// The replica may not have replayed the creation of the test database
				// yet.
				boolean noServer = ex.getSQLState() != null && ex.getSQLState().startsWith("08");
				expect(!noServer, "a replica answers on port " + REPLICA_PORT + " (scripts/replica-up)");
				if (System.nanoTime() - deadline > 0) {
					throw ex;
				}
				Thread.sleep(200);
			}
		}
	}

	/** A missing replica skips the test, unless one is required (CI). */
	private static void expect(boolean condition, String what) {
		if (REQUIRED && !condition) {
			throw new IllegalStateException("expected: " + what);
		}
		assumeTrue(condition, what);
	}

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		registry.add("parley.database.replicas[0].url", () -> replicaUrl(System.getProperty("spring.datasource.url")));
	}

	@Test
	void readOnlyTransactionsRunOnTheReplicaAndEverythingElseOnThePrimary() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		TransactionTemplate readWrite = new TransactionTemplate(this.transactions);

		Boolean readOnlyOnReplica = readOnly.execute((status) -> inRecovery());
		Boolean readWriteOnReplica = readWrite.execute((status) -> inRecovery());
		// A read-only method called inside a write joins the write, on the primary.
		Boolean joinedOnReplica = readWrite.execute((status) -> readOnly.execute((inner) -> inRecovery()));

		assertThat(readOnlyOnReplica).isTrue();
		assertThat(readWriteOnReplica).isFalse();
		assertThat(joinedOnReplica).isFalse();
		assertThat(inRecovery()).isFalse();
	}

	@Test
	void aCallerReadsTheirOwnWritesAtOnceAndTheReadsGoToTheReplica() {
		Party seller = seller();
		long threadId = askedThread(seller);

		ReplicaStats before = stats();
		int rounds = 20;
		for (int i = 1; i <= rounds; i++) {
			String text = "Update " + i + ": the carrier has scanned the parcel at the depot again.";
			Response replied = post(seller, API + "/threads/" + threadId + "/messages", message(text));
			assertThat(replied.status()).as(replied.toString()).isEqualTo(201);

			JsonNode thread = get(seller, API + "/threads/" + threadId).body();
			JsonNode messages = thread.get("messages");
			assertThat(messages).hasSize(i + 1);
			assertThat(messages.get(i).get("text").asString()).contains("Update " + i + ":");
			JsonNode inbox = get(seller, API + "/threads").body();
			assertThat(inbox.get("items").get(0).get("threadId").asLong()).isEqualTo(threadId);
			assertThat(inbox.get("items").get(0).get("snippet").asString()).contains("Update " + i + ":");
		}
		ReplicaStats after = stats();
		assertThat(after.toReplica() - before.toReplica()).isGreaterThanOrEqualTo(2L * rounds);
		assertThat(after.toPrimary() - before.toPrimary()).isZero();
	}

	@Test
	void whenTheReplicaLagsACallersReadGoesToThePrimaryAfterTheBoundedWait() throws Exception {
		Party seller = seller();
		long threadId = askedThread(seller);
		try (Connection replica = connect(replicaUrl(System.getProperty("spring.datasource.url")))) {
			value(replica, "SELECT pg_wal_replay_pause()::text");
			try {
				ReplicaStats before = stats();
				Response replied = post(seller, API + "/threads/" + threadId + "/messages",
						message("It left our warehouse on Monday; the carrier shows it out for delivery today."));
				assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
				JsonNode thread = get(seller, API + "/threads/" + threadId).body();
				assertThat(thread.get("messages")).hasSize(2);
				ReplicaStats after = stats();
				assertThat(after.toPrimaryBehind() - before.toPrimaryBehind()).isGreaterThanOrEqualTo(1);
				assertThat(after.waited() - before.waited()).isGreaterThanOrEqualTo(1);
			}
			finally {
				value(replica, "SELECT pg_wal_replay_resume()::text");
			}
		}
	}

	/** A thread that a new buyer began with a question to the seller. */
	private long askedThread(Party seller) {
		Party buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		Response asked = post(buyer, API + "/orders/" + order.id() + "/messages",
				Map.of("topic", "SHIPPING", "body", "Hello, where is my parcel? It should have arrived."));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		return asked.body().get("threadId").asLong();
	}

	private boolean inRecovery() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class));
	}

	private ReplicaStats stats() {
		try {
			return this.dataSource.unwrap(ReplicaRoutingDataSource.class).stats();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the replica routing data source is not in place", ex);
		}
	}

	private static String replicaUrl(String primaryUrl) {
		return primaryUrl.replaceFirst("^jdbc:postgresql://[^/]+/",
				"jdbc:postgresql://127.0.0.1:" + REPLICA_PORT + "/");
	}

	private static Connection connect(String url) throws SQLException {
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		return DriverManager.getConnection(url, user, password);
	}

	private static String value(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
