package dev.parley.persistence.alias;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.parley.core.account.Account;
import dev.parley.core.alias.AliasPair;
import dev.parley.core.alias.AliasPairs;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JdbcAliasPairsTests {

	@Autowired
	Fixtures fx;

	@Autowired
	AliasPairs aliases;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aliasesAreSixteenBase32CharactersUniqueAndStable() {
		Account seller = this.fx.seller("Shop");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			Account buyer = this.fx.buyer("Buyer");
			AliasPair pair = this.aliases.obtain(buyer.id(), seller.id());
			assertThat(pair.buyerLocalPart()).matches("[a-z2-7]{16}");
			assertThat(pair.sellerLocalPart()).matches("[a-z2-7]{16}");
			// Not derived from the address: the local part of the email (unique per test
			// account) never shows up in the alias.
			String emailLocalPart = buyer.email().substring(0, buyer.email().indexOf('@')).replaceAll("[^a-z2-7]", "");
			assertThat(pair.buyerLocalPart()).doesNotContain(emailLocalPart.substring(0, 6));
			assertThat(seen.add(pair.buyerLocalPart())).isTrue();
			assertThat(seen.add(pair.sellerLocalPart())).isTrue();
			assertThat(this.aliases.obtain(buyer.id(), seller.id())).isEqualTo(pair);
			assertThat(this.aliases.findByLocalPart(pair.sellerLocalPart().toUpperCase())).contains(pair);
			assertThat(this.aliases.findByLocalPart(pair.buyerLocalPart())).contains(pair);
		}
		assertThat(this.aliases.findByLocalPart("aaaaaaaaaaaaaaaa")).isEmpty();
		assertThat(this.aliases.findByLocalPart("not an alias")).isEmpty();
	}

	@Test
	void concurrentFirstContactsYieldOnePair() throws Exception {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<AliasPair>> results = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.aliases.obtain(buyer.id(), seller.id());
				}));
			}
			start.countDown();
			Set<AliasPair> pairs = new HashSet<>();
			for (Future<AliasPair> result : results) {
				pairs.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(pairs).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM relay_alias WHERE buyer_id = ? AND seller_id = ?",
				Long.class, buyer.id().value(), seller.id().value()))
			.isEqualTo(2);
	}

}
