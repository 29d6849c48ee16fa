package dev.parley.persistence.token;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.token.ApiToken;
import dev.parley.core.token.ApiTokens;
import dev.parley.persistence.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = dev.parley.persistence.PersistenceTestApplication.class)
@Transactional
class JdbcApiTokensTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Test
	void findsAnActiveTokenByTheHashOfWhatTheClientPresents() throws Exception {
		Account seller = TestAccounts.seller(this.accounts);
		ApiToken created = this.tokens.create(seller.id(), "ERP", sha256("prl_secret-1"), "prl_secr", NOW,
				NOW.plus(Duration.ofDays(90)));

		assertThat(this.tokens.findActive(sha256("prl_secret-1"), NOW.plusSeconds(5))).contains(created);
		assertThat(this.tokens.findActive(sha256("prl_secret-2"), NOW)).isEmpty();
		assertThat(this.tokens.findActive(sha256("prl_secret-1"), NOW.plus(Duration.ofDays(91)))).isEmpty();
	}

	@Test
	void onlyTheOwnerRevokesAndARevokedTokenStopsWorking() throws Exception {
		Account owner = TestAccounts.seller(this.accounts);
		Account other = TestAccounts.seller(this.accounts);
		ApiToken token = this.tokens.create(owner.id(), "ERP", sha256("prl_x"), "prl_x", NOW, NOW.plusSeconds(3600));

		assertThat(this.tokens.revoke(token.id(), other.id(), NOW)).isFalse();
		assertThat(this.tokens.findActive(sha256("prl_x"), NOW)).isPresent();
		assertThat(this.tokens.revoke(token.id(), owner.id(), NOW)).isTrue();
		assertThat(this.tokens.findActive(sha256("prl_x"), NOW)).isEmpty();
		assertThat(this.tokens.list(owner.id())).singleElement()
			.satisfies((listed) -> assertThat(listed.isActive(NOW)).isFalse());
		assertThat(this.tokens.list(other.id())).isEmpty();
	}

	@Test
	void touchRecordsUseAtMostOnceAMinute() throws Exception {
		Account owner = TestAccounts.buyer(this.accounts);
		ApiToken token = this.tokens.create(owner.id(), "cli", sha256("prl_t"), "prl_t", NOW, NOW.plusSeconds(3600));

		this.tokens.touch(token.id(), NOW.plusSeconds(10));
		this.tokens.touch(token.id(), NOW.plusSeconds(20));

		assertThat(this.tokens.list(owner.id()).get(0).lastUsedAt()).isEqualTo(NOW.plusSeconds(10));
		this.tokens.touch(token.id(), NOW.plusSeconds(100));
		assertThat(this.tokens.list(owner.id()).get(0).lastUsedAt()).isEqualTo(NOW.plusSeconds(100));
	}

	static byte[] sha256(String token) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
	}

}
