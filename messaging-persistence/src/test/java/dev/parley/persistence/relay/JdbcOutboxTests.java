package dev.parley.persistence.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.relay.Outbox;
import dev.parley.core.relay.OutboxEmail;
import dev.parley.core.relay.OutboxEmail.Claim;
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

	@Test
	void aClaimLeasesItsEmailsAndOnlyItsTokenMarksThem() {
		List<MessageId> messages = messages(3);
		Duration lease = Duration.ofMinutes(5);

		List<OutboxEmail> first = mine(this.outbox.claim(100, T.plusSeconds(1), lease), messages);
		assertThat(first).hasSize(3).allSatisfy((email) -> assertThat(email.attempts()).isEqualTo(1));
		assertThat(mine(this.outbox.claim(100, T.plusSeconds(2), lease), messages)).as("leased").isEmpty();

		// The lease runs out (the worker died): another claim takes them with a new
		// token.
		List<OutboxEmail> second = mine(this.outbox.claim(100, T.plus(lease).plusSeconds(2), lease), messages);
		assertThat(second).hasSize(3).allSatisfy((email) -> assertThat(email.attempts()).isEqualTo(2));
		assertThat(this.outbox.markSent(claims(first), T.plus(lease))).as("the expired claims mark nothing").isZero();
		assertThat(this.outbox.retryLater(first.get(0).claim(), "late", T)).isFalse();

		assertThat(this.outbox.markSent(claims(second.subList(0, 2)), T.plus(lease))).isEqualTo(2);
		assertThat(this.outbox.markSent(claims(second.subList(0, 2)), T.plus(lease))).as("once").isZero();
		assertThat(status(messages.get(0))).isEqualTo("SENT:2");
		assertThat(status(messages.get(2))).isEqualTo("PENDING:2");
	}

	@Test
	void failedAttemptsComeBackWhenDueAndReleasedOnesAtOnceWithoutCountingTheAttempt() {
		List<MessageId> messages = messages(4);
		Duration lease = Duration.ofMinutes(5);
		List<OutboxEmail> claimed = mine(this.outbox.claim(100, T.plusSeconds(1), lease), messages);
		assertThat(claimed).hasSize(4);

		assertThat(this.outbox.retryLater(claimed.get(0).claim(), "421 try later", T.plusSeconds(30))).isTrue();
		assertThat(this.outbox.giveUp(claimed.get(1).claim(), "550 no such user", T.plusSeconds(1))).isTrue();
		assertThat(this.outbox.skip(claimed.get(2).claim(), "notifications off", T.plusSeconds(1))).isTrue();
		this.outbox.release(List.of(claimed.get(3).claim()), T.plusSeconds(1));

		assertThat(status(messages.get(1))).isEqualTo("FAILED:1");
		assertThat(status(messages.get(2))).isEqualTo("SKIPPED:1");
		assertThat(status(messages.get(3))).isEqualTo("PENDING:0");
		assertThat(mine(this.outbox.claim(100, T.plusSeconds(2), lease), messages)).extracting(OutboxEmail::message)
			.containsExactly(messages.get(3));
		assertThat(mine(this.outbox.claim(100, T.plusSeconds(31), lease), messages)).extracting(OutboxEmail::message)
			.containsExactly(messages.get(0));
		assertThat(this.jdbc.queryForObject("SELECT last_error FROM outbox_email WHERE message_id = ?", String.class,
				messages.get(0).value()))
			.isEqualTo("421 try later");
	}

	@Test
	void preparedEmailsTravelWithTheirBytes() {
		byte[] mime = "Subject: bounce\r\n\r\nNot delivered.\r\n".getBytes();
		this.outbox.enqueuePrepared("someone@example.test", mime, T);
		List<OutboxEmail> claimed = this.outbox.claim(1000, T.plusSeconds(1), Duration.ofMinutes(1))
			.stream()
			.filter(OutboxEmail::isPrepared)
			.filter((email) -> email.toAddress().equals("someone@example.test"))
			.toList();
		assertThat(claimed).hasSize(1);
		assertThat(claimed.get(0).prepared()).isEqualTo(mime);
		assertThat(claimed.get(0).message()).isNull();
		assertThat(this.outbox.markSent(claims(claimed), T.plusSeconds(2))).isEqualTo(1);
	}

	@Test
	void concurrentWorkersClaimDisjointEmails() throws Exception {
		List<MessageId> messages = messages(60);
		Duration lease = Duration.ofMinutes(5);
		Instant now = T.plusSeconds(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<List<MessageId>>> workers = new ArrayList<>();
			for (int w = 0; w < 3; w++) {
				Callable<List<MessageId>> worker = () -> {
					List<MessageId> got = new ArrayList<>();
					List<OutboxEmail> batch;
					while (!(batch = this.outbox.claim(7, now, lease)).isEmpty()) {
						mine(batch, messages).forEach((email) -> got.add(email.message()));
					}
					return got;
				};
				workers.add(pool.submit(worker));
			}
			List<MessageId> all = new ArrayList<>();
			for (Future<List<MessageId>> worker : workers) {
				all.addAll(worker.get(60, TimeUnit.SECONDS));
			}
			assertThat(all).hasSize(60);
			assertThat(new HashSet<>(all)).isEqualTo(Set.copyOf(messages));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<MessageId> messages(int count) {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Hi", T);
		List<MessageId> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Message message = this.fx.buyerWrites(thread, buyer, "Hello " + i, T);
			this.fx.run(() -> this.outbox.enqueue(message.id(), seller.id(), "orders@shop.test", T));
			ids.add(message.id());
		}
		return ids;
	}

	private static List<OutboxEmail> mine(List<OutboxEmail> claimed, List<MessageId> messages) {
		return claimed.stream().filter((email) -> messages.contains(email.message())).toList();
	}

	private static List<Claim> claims(List<OutboxEmail> emails) {
		return emails.stream().map(OutboxEmail::claim).toList();
	}

	private String status(MessageId message) {
		return this.jdbc.queryForObject("SELECT status || ':' || attempts FROM outbox_email WHERE message_id = ?",
				String.class, message.value());
	}

}
