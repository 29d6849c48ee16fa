package dev.parley.persistence.relay;

import java.time.Instant;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.relay.Outbox;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JdbcOutboxTests {

	static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneEmailPerMessageAndRecipientWrittenInTheMessagesTransaction() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Hi", T);
		Message message = this.fx.buyerWrites(thread, buyer, "Hello", T);

		this.fx.run(() -> {
			this.outbox.enqueue(message.id(), seller.id(), "orders@shop.test", T);
			this.outbox.enqueue(message.id(), seller.id(), "orders@shop.test", T);
		});

		assertThat(this.outbox.countFor(message.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT status || ':' || attempts FROM outbox_email WHERE message_id = ?",
				String.class, message.id().value()))
			.isEqualTo("PENDING:0");
		String plan = String.join("\n",
				this.jdbc.queryForList("EXPLAIN SELECT id FROM outbox_email WHERE status = 'PENDING' "
						+ "AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 10 FOR UPDATE SKIP LOCKED",
						String.class));
		assertThat(plan).contains("outbox_email_due_idx");
	}

}
