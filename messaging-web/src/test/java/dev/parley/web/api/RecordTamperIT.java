package dev.parley.web.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.parley.core.chain.CanonicalForm;
import dev.parley.core.chain.HashChain;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.persistence.testing.TestDatabase;
import dev.parley.web.record.RecordService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's owner tampers with the record as superuser (triggers off through
 * {@code session_replication_role}, every hash recomputed the way the application
 * computes it) in this run's own database, a throw-away copy; the verifier names each
 * change against the latest checkpoint kept outside the database.
 */
class RecordTamperIT extends ApiTestSupport {

	static final Path RECORD = temporaryDirectory();

	@DynamicPropertySource
	static void record(DynamicPropertyRegistry registry) {
		checkpointsIn(RECORD, registry);
	}

	/**
	 * Signed checkpoints with a key pair made in the directory and the sink there, taken
	 * only when a test asks.
	 */
	static void checkpointsIn(Path record, DynamicPropertyRegistry registry) {
		registry.add("parley.record.private-key", () -> record.resolve("keys/checkpoint.key").toString());
		registry.add("parley.record.public-key", () -> record.resolve("keys/checkpoint.pub").toString());
		registry.add("parley.record.generate-keys", () -> "true");
		registry.add("parley.record.sink", () -> record.resolve("sink").toString());
		registry.add("parley.record.interval", () -> "1h");
	}

	@Autowired
	RecordService record;

	@Autowired
	Conversations conversations;

	@Test
	void everyTamperingByTheOwnerIsNamedAgainstTheLatestExternalCheckpoint() throws Exception {
		Party admin = admin();
		long edited = thread(4, false);
		long truncated = thread(4, false);
		long swapped = thread(2, true);
		long bytesOnly = thread(2, true);
		long untouched = thread(3, false);
		assertThat(this.record.checkpoint()).isPresent();
		assertThat(Files.list(RECORD.resolve("sink"))).hasSize(1);
		JsonNode intact = verify(admin, untouched);
		assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
		assertThat(intact.get("checkpoint").get("proven").asBoolean()).isTrue();
		assertThat(intact.get("checkpoint").get("messageCount").asInt()).isEqualTo(3);

		asSuperuser((db) -> {
			update(db, "UPDATE message SET body_text = 'I never said that', html = '<p>I never said that</p>' "
					+ "WHERE thread_id = ? AND seq = 2", edited);
			recompute(db, edited);
		});
		assertThat(problems(admin, edited)).containsExactly("CHECKPOINT_MISMATCH");
		System.out.println("Edited body: " + verify(admin, edited).get("firstBroken").get("detail").asString());

		asSuperuser((db) -> {
			update(db, "DELETE FROM message_attachment WHERE message_id IN "
					+ "(SELECT id FROM message WHERE thread_id = ? AND seq > 2)", truncated);
			update(db, "DELETE FROM message WHERE thread_id = ? AND seq > 2", truncated);
			update(db, "UPDATE thread t SET message_count = 2, last_hash = m.hash FROM message m "
					+ "WHERE t.id = ? AND m.thread_id = t.id AND m.seq = 2", truncated);
		});
		assertThat(problems(admin, truncated)).containsExactly("CHECKPOINT_MESSAGES_MISSING");

		byte[] other = "%PDF-1.4\n% a different receipt\n%%EOF\n".getBytes();
		asSuperuser((db) -> {
			try (PreparedStatement swap = db.prepareStatement(
					"UPDATE attachment SET content = ?, sha256 = sha256(?), size = ? WHERE thread_id = ?")) {
				swap.setBytes(1, other);
				swap.setBytes(2, other);
				swap.setLong(3, other.length);
				swap.setLong(4, swapped);
				swap.executeUpdate();
			}
			recompute(db, swapped);
		});
		assertThat(problems(admin, swapped)).containsExactly("CHECKPOINT_MISMATCH");

		asSuperuser((db) -> {
			try (PreparedStatement swap = db
				.prepareStatement("UPDATE attachment SET content = ?, size = ? WHERE thread_id = ?")) {
				swap.setBytes(1, other);
				swap.setLong(2, other.length);
				swap.setLong(3, bytesOnly);
				swap.executeUpdate();
			}
		});
		assertThat(problems(admin, bytesOnly)).contains("ATTACHMENT_MISMATCH", "CHECKPOINT_MISMATCH");

		asSuperuser((db) -> update(db,
				"UPDATE record_checkpoint SET root = sha256('forged'::bytea), signature = sha256('x'::bytea) "
						+ "WHERE id = (SELECT max(id) FROM record_checkpoint) AND ? > 0",
				1));
		assertThat(problems(admin, untouched)).containsExactly("CHECKPOINT_REPLACED");
		JsonNode named = verify(admin, untouched);
		System.out.println("Tampered checkpoint row: " + named.get("firstBroken").get("detail").asString());
	}

	private long thread(int messages, boolean attachment) {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		Map<String, Object> first = message("Message 1 about my order");
		if (attachment) {
			String id = Multipart.upload(this, buyer, "receipt.pdf", Multipart.PDF)
				.body()
				.get("attachmentId")
				.asString();
			first = Map.of("body", "Message 1, the receipt is attached", "attachmentIds", List.of(id));
		}
		long thread = post(buyer, API + "/orders/" + order.id() + "/messages", first).body().get("threadId").asLong();
		for (int seq = 2; seq <= messages; seq++) {
			Response sent = post((seq % 2 == 0) ? seller : buyer, API + "/threads/" + thread + "/messages",
					message("Message " + seq + " of this thread"));
			assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		}
		return thread;
	}

	private JsonNode verify(Party admin, long thread) {
		Response response = get(admin, API + "/admin/threads/" + thread + "/verify");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body();
	}

	private List<String> problems(Party admin, long thread) {
		JsonNode verified = verify(admin, thread);
		assertThat(verified.get("intact").asBoolean()).isFalse();
		return verified.get("problems").valueStream().map((p) -> p.get("problem").asString()).toList();
	}

	/**
	 * Recomputes every link and the head from the stored content, as the application
	 * would.
	 */
	private void recompute(Connection db, long thread) throws SQLException {
		List<Message> messages = this.conversations.messages(ThreadId.of(thread));
		byte[] previous = HashChain.genesis();
		try (PreparedStatement link = db
			.prepareStatement("UPDATE message SET prev_hash = ?, hash = ? WHERE thread_id = ? AND seq = ?")) {
			for (Message message : messages) {
				byte[] hash = HashChain.link(previous, CanonicalForm.of(message));
				link.setBytes(1, previous);
				link.setBytes(2, hash);
				link.setLong(3, thread);
				link.setInt(4, message.seq());
				link.executeUpdate();
				previous = hash;
			}
		}
		try (PreparedStatement head = db.prepareStatement("UPDATE thread SET last_hash = ? WHERE id = ?")) {
			head.setBytes(1, previous);
			head.setLong(2, thread);
			head.executeUpdate();
		}
	}

	private static void update(Connection db, String sql, long parameter) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setLong(1, parameter);
			statement.executeUpdate();
		}
	}

	private static void asSuperuser(Tampering tampering) throws SQLException {
		try (Connection db = TestDatabase.get().connect(); Statement statement = db.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			tampering.apply(db);
		}
	}

	static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("parley-record-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	interface Tampering {

		void apply(Connection db) throws SQLException;

	}

}
