package dev.parley.persistence.bench;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import dev.parley.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's data is what the append path would have written: chains verify with the
 * core's verifier, summaries and counters agree, and the append path continues it.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class GeneratorTests {

	@Autowired
	Fixtures fx;

	@Autowired
	Accounts accounts;

	@Autowired
	Conversations conversations;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void generatedThreadsVerifyAgreeWithTheirSummariesAndTakeNewMessages() throws Exception {
		String email = "generated-" + System.nanoTime() + "@sellers.parley.test";
		try (Connection owner = TestDatabase.get().connect()) {
			DataGenerator.generate(owner, email, 40, 400);
			DataGenerator.generate(owner, email, 20, 230);
			assertThat(Consistency.check(owner)).isEmpty();
		}
		Account seller = this.accounts.findByEmail(email).orElseThrow();
		List<Long> threads = this.jdbc.queryForList("SELECT id FROM thread WHERE seller_id = ? ORDER BY id", Long.class,
				seller.id().value());
		assertThat(threads).hasSize(60);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM message m JOIN thread t ON t.id = m.thread_id " + "WHERE t.seller_id = ?",
				Long.class, seller.id().value()))
			.isEqualTo(630);
		for (Long thread : threads) {
			assertThat(this.conversations.verifyChain(ThreadId.of(thread)).isIntact()).as("thread " + thread).isTrue();
		}
		InboxCounts counts = this.inbox
			.counts(new InboxQuery(seller.id(), Role.SELLER, InboxFilter.ALL, null, null, null, null, 25));
		assertThat(counts.all()).isEqualTo(60);
		assertThat(counts.needsResponse()).isPositive();
		assertThat(counts.unread()).isPositive();
		assertThat(counts.company()).isPositive();
		assertThat(this.inbox
			.page(new InboxQuery(seller.id(), Role.SELLER, InboxFilter.ALL, "tabletop", null, null, null, 100))
			.items()).isNotEmpty();

		ThreadId first = ThreadId.of(threads.get(0));
		Account buyer = this.accounts.find(this.conversations.find(first).orElseThrow().key().buyer()).orElseThrow();
		this.fx.buyerWrites(first, buyer, "One more question", Instant.now());
		this.fx.sellerWrites(first, seller, "One more answer", Instant.now());
		this.fx.run(() -> this.conversations.markRead(first, buyer.id(), Instant.now()));
		assertThat(this.conversations.verifyChain(first).isIntact()).isTrue();
		try (Connection owner = TestDatabase.get().connect()) {
			assertThat(Consistency.check(owner)).isEmpty();
		}
	}

}
