package dev.parley.persistence.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.Problem;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.Moderation;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import dev.parley.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The permanent record: append-only in the database for the runtime role and the owner,
 * tamper-evident through the hash chain, gapless under concurrent appends.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class PermanentRecordTests {

	static final List<String> APPEND_ONLY = List.of("message", "attachment", "message_attachment", "thread_event",
			"flag", "admin_decision", "platform_notice", "record_checkpoint", "appeal");

	static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Conversations conversations;

	@Autowired
	Moderation moderation;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void everyTableHasRows() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		Account admin = this.fx.admin("Admin");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Hello", T);
		var upload = this.fx.inTx(() -> this.fx.conversations == null ? null
				: this.jdbc.queryForObject("INSERT INTO upload (owner_id, file_name, content_type, size, sha256, "
						+ "content, uploaded_at) VALUES (?, 'a.txt', 'text/plain', 1, sha256('\\x61'::bytea), "
						+ "'\\x61'::bytea, now()) RETURNING id", Long.class, buyer.id().value()));
		Message message = this.fx.append(thread, Fixtures.buyerMessage(buyer, "Hello", "Hi", T,
				List.of(dev.parley.core.conversation.AttachmentId.of(upload))));
		this.fx.run(() -> this.conversations.markRead(thread, seller.id(), T));
		Flag flag = this.fx.inTx(() -> this.moderation.raise(thread, message.id(), FlagSource.RULE, "LINK_EXTERNAL",
				null, List.of(), null, T));
		var decision = this.fx.inTx(() -> this.moderation
			.decide(new AdminDecision.New(DecisionKind.WARN, flag.party(), flag.partyRole(), admin.id(), flag.id(),
					"links", null, MessagingStatus.ACTIVE, MessagingStatus.WARNED, false, null, T)));
		this.fx.inTx(() -> this.moderation.notify(seller.id(), "WARN", "Warning", "No links", decision.id(), T));
		this.fx.inTx(() -> this.moderation.appeal(decision, "I only linked the manual", T));
	}

	@ParameterizedTest
	@ValueSource(strings = { "message", "attachment", "message_attachment", "thread_event", "flag", "admin_decision",
			"platform_notice", "appeal" })
	void theRuntimeRoleCannotUpdateDeleteOrTruncate(String table) throws SQLException {
		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE parley_app");
			assertThat(count(statement, table)).isPositive();
			for (String sql : changes(table)) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.isInstanceOf(SQLException.class)
					.satisfies((ex) -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "message", "attachment", "message_attachment", "thread_event", "flag", "admin_decision",
			"platform_notice", "appeal" })
	void theTriggersStopTheOwnerToo(String table) throws SQLException {
		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (String sql : changes(table)) {
				// CASCADE would reach other tables if the trigger let the statement
				// through;
				// the transaction is rolled back whatever happens.
				String statementSql = sql.startsWith("TRUNCATE") ? sql + " CASCADE" : sql;
				assertThatThrownBy(() -> statement.execute(statementSql)).as(statementSql)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("permanent record (append-only)");
				connection.rollback();
			}
			assertThat(count(statement, table)).isPositive();
		}
	}

	@Test
	void theRuntimeRoleOwnsNothingAndHasOnlyTheGrantedPrivileges() {
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'parley_app'",
				Long.class))
			.isZero();
		for (String table : APPEND_ONLY) {
			assertThat(privileges(table)).as(table).isEqualTo("SELECT,INSERT");
		}
		for (String table : List.of("inbox_entry", "inbox_counter", "orders", "outbox_email")) {
			assertThat(privileges(table)).as(table).isEqualTo("SELECT,INSERT,UPDATE");
		}
		// Column-level UPDATE only: never a thread's parties or an account's role.
		for (String table : List.of("thread", "account")) {
			assertThat(privileges(table)).as(table).isEqualTo("SELECT,INSERT");
		}
		for (String column : List.of("thread.buyer_id", "thread.seller_id", "thread.order_id", "thread.last_hash",
				"account.role")) {
			String[] parts = column.split("\\.");
			assertThat(this.jdbc.queryForObject("SELECT has_column_privilege('parley_app', ?, ?, 'UPDATE')",
					Boolean.class, parts[0], parts[1]))
				.as(column)
				.isFalse();
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT has_column_privilege('parley_app', 'thread', 'open_flags', 'UPDATE')", Boolean.class))
			.isTrue();
		assertThat(privileges("upload")).isEqualTo("SELECT,INSERT,UPDATE,DELETE");
		assertThat(privileges("installation_secret")).isEqualTo("SELECT");
		assertThat(this.jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("parley_app");
	}

	@Test
	void noForeignKeyCascades() {
		assertThat(this.jdbc.queryForList(
				"SELECT conname FROM pg_constraint WHERE contype = 'f' AND (confdeltype <> 'a' OR confupdtype <> 'a')",
				String.class))
			.isEmpty();
	}

	@Test
	void theVerifierNamesTheOneMessageASuperuserEdited() throws SQLException {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Refund", T);
		List<Message> messages = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			messages.add((i % 2 == 0) ? this.fx.buyerWrites(thread, buyer, "Message " + i, T.plusSeconds(i))
					: this.fx.sellerWrites(thread, seller, "Message " + i, T.plusSeconds(i)));
		}
		assertThat(this.conversations.verifyChain(thread).isIntact()).isTrue();
		Message edited = messages.get(2);

		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("ALTER TABLE message DISABLE TRIGGER message_append_only");
			statement.execute("UPDATE message SET body_text = 'I never asked for a refund' WHERE id = " + edited.id());
			statement.execute("ALTER TABLE message ENABLE TRIGGER message_append_only");
			connection.commit();
		}

		ChainVerification verification = this.conversations.verifyChain(thread);
		assertThat(verification.isIntact()).isFalse();
		assertThat(verification.firstBroken().message()).isEqualTo(edited.id());
		assertThat(verification.firstBroken().seq()).isEqualTo(3);
		assertThat(verification.firstBroken().problem()).isEqualTo(Problem.HASH_MISMATCH);
	}

	@Test
	void theDatabaseMovesTheChainHeadWhichTheRuntimeRoleCannotWriteNorBreak() throws SQLException {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Head", T);
		this.fx.buyerWrites(thread, buyer, "First", T);
		Message second = this.fx.sellerWrites(thread, seller, "Second", T.plusSeconds(1));
		assertThat(head(thread)).isEqualTo(second.hash());

		try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE parley_app");
			assertThatThrownBy(() -> statement
				.execute("UPDATE thread SET last_hash = sha256('forged'::bytea) WHERE id = " + thread.value()))
				.isInstanceOf(SQLException.class)
				.satisfies((ex) -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("42501"));
			// A message that does not continue the chain (its prev_hash is not the head)
			// is
			// refused, whoever inserts it: a writer cannot fork the chain or rewind the
			// head.
			String fork = "INSERT INTO message (thread_id, seq, sender, author_id, action, topic, subject, html, "
					+ "body_text, sent_at, delivery, important, proactive, redactions, visible_to, prev_hash, hash) "
					+ "SELECT thread_id, 3, sender, author_id, action, topic, subject, html, body_text, sent_at, "
					+ "delivery, important, proactive, redactions, visible_to, prev_hash, sha256('fork'::bytea) "
					+ "FROM message WHERE id = " + second.id().value();
			assertThatThrownBy(() -> statement.execute(fork)).isInstanceOf(SQLException.class)
				.satisfies((ex) -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("23000"))
				.hasMessageContaining("does not continue the thread's hash chain");
			statement.execute("RESET ROLE");
			assertThatThrownBy(() -> statement.execute(fork)).isInstanceOf(SQLException.class)
				.hasMessageContaining("does not continue the thread's hash chain");
		}
		assertThat(head(thread)).isEqualTo(second.hash());
		assertThat(this.conversations.verifyChain(thread).isIntact()).isTrue();
	}

	private byte[] head(ThreadId thread) {
		return this.jdbc.queryForObject("SELECT last_hash FROM thread WHERE id = ?", byte[].class, thread.value());
	}

	@Test
	void fiftyConcurrentAppendsToOneThreadFormAGaplessVerifyingChain() throws Exception {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Race", T);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Message>> results = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				int n = i;
				results.add(pool.submit(() -> {
					start.await();
					return (n % 3 == 0) ? this.fx.sellerWrites(thread, seller, "Answer " + n, T.plusMillis(n))
							: this.fx.buyerWrites(thread, buyer, "Question " + n, T.plusMillis(n));
				}));
			}
			start.countDown();
			for (Future<Message> result : results) {
				result.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<Message> messages = this.conversations.messages(thread);
		assertThat(messages).extracting(Message::seq)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
		ChainVerification verification = this.conversations.verifyChain(thread);
		assertThat(verification.isIntact()).isTrue();
		assertThat(verification.messagesChecked()).isEqualTo(50);
		assertThat(this.conversations.find(thread).orElseThrow().messageCount()).isEqualTo(50);
	}

	@Test
	void aLockedThreadDoesNotBlockAppendsToAnotherThread() throws Exception {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		Account other = this.fx.buyer("Ana");
		ThreadId held = this.fx.thread(buyer, seller, null, "Held", T);
		ThreadId free = this.fx.thread(other, seller, null, "Free", T);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = pool.submit(() -> this.fx.run(() -> {
				this.conversations.lock(held);
				locked.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			this.jdbc.execute("SET lock_timeout = '5s'");
			this.fx.buyerWrites(free, other, "Not blocked", T);
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
			release.countDown();
			holder.get(10, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private String privileges(String table) {
		List<String> granted = new ArrayList<>();
		for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")) {
			if (Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT has_table_privilege('parley_app', ?, ?)",
					Boolean.class, table, privilege))) {
				granted.add(privilege);
			}
		}
		return String.join(",", granted);
	}

	private static List<String> changes(String table) {
		String column = switch (table) {
			case "message" -> "seq";
			case "attachment" -> "file_name";
			case "message_attachment" -> "position";
			case "thread_event" -> "at";
			case "platform_notice" -> "kind";
			case "appeal" -> "text";
			default -> "reason";
		};
		return List.of("UPDATE " + table + " SET " + column + " = " + column, "DELETE FROM " + table,
				"TRUNCATE " + table);
	}

	private static long count(Statement statement, String table) throws SQLException {
		try (var rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
