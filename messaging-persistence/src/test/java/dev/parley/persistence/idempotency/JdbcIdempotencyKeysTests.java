package dev.parley.persistence.idempotency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.idempotency.IdempotencyKeys;
import dev.parley.core.idempotency.IdempotencyKeys.StoredResponse;
import dev.parley.persistence.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = dev.parley.persistence.PersistenceTestApplication.class)
class JdbcIdempotencyKeysTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	IdempotencyKeys keys;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFirstRequestClaimsTheKeyAndLaterOnesGetItsResponse() {
		Account buyer = TestAccounts.buyer(this.accounts);

		Optional<StoredResponse> first = this.transactions.execute((status) -> {
			Optional<StoredResponse> claim = this.keys.claim(buyer.id(), "k-1", "hash-a", NOW);
			this.keys.complete(buyer.id(), "k-1", 201, "{\"messageId\":7}");
			return claim;
		});
		Optional<StoredResponse> second = this.transactions
			.execute((status) -> this.keys.claim(buyer.id(), "k-1", "hash-a", NOW));

		assertThat(first).isEmpty();
		assertThat(second).contains(new StoredResponse("hash-a", 201, "{\"messageId\":7}"));
	}

	@Test
	void keysBelongToOneAccount() {
		Account one = TestAccounts.buyer(this.accounts);
		Account two = TestAccounts.buyer(this.accounts);
		this.transactions.executeWithoutResult((status) -> {
			this.keys.claim(one.id(), "shared", "h", NOW);
			this.keys.complete(one.id(), "shared", 201, "{}");
		});

		Optional<StoredResponse> claim = this.transactions
			.execute((status) -> this.keys.claim(two.id(), "shared", "h", NOW));
		assertThat(claim).isEmpty();
	}

	@Test
	void aRolledBackClaimFreesTheKey() {
		Account buyer = TestAccounts.buyer(this.accounts);
		this.transactions.executeWithoutResult((status) -> {
			this.keys.claim(buyer.id(), "k-rb", "h", NOW);
			status.setRollbackOnly();
		});

		Optional<StoredResponse> claim = this.transactions
			.execute((status) -> this.keys.claim(buyer.id(), "k-rb", "h", NOW));
		assertThat(claim).isEmpty();
	}

	@Test
	void concurrentRequestsWithOneKeyDoTheWorkOnce() throws Exception {
		Account buyer = TestAccounts.buyer(this.accounts);
		AtomicInteger work = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<StoredResponse>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.transactions.execute((status) -> {
						Optional<StoredResponse> claimed = this.keys.claim(buyer.id(), "race", "h", NOW);
						if (claimed.isPresent()) {
							return claimed.get();
						}
						int n = work.incrementAndGet();
						this.keys.complete(buyer.id(), "race", 201, "{\"n\":" + n + "}");
						return new StoredResponse("h", 201, "{\"n\":" + n + "}");
					});
				}));
			}
			start.countDown();
			for (Future<StoredResponse> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS).body()).isEqualTo("{\"n\":1}");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(work).hasValue(1);
	}

}
