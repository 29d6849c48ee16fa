package dev.parley.persistence.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JdbcResponseTimesTests {

	static final Instant T = Instant.parse("2026-03-01T22:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	ResponseTimes responseTimes;

	@Test
	void answersLateAnswersAndOpenOverdueThreads() {
		Account seller = this.fx.seller("Shop");
		ThreadId quick = conversation(seller, T);
		ThreadId slow = conversation(seller, T);
		ThreadId open = conversation(seller, T);
		this.fx.sellerWrites(quick, seller, "Sure", T.plus(Duration.ofHours(1)));
		this.fx.sellerWrites(slow, seller, "Sorry", T.plus(Duration.ofHours(30)));

		ResponseStats stats = this.responseTimes.stats(seller.id(), T, T.plus(Duration.ofDays(7)));
		assertThat(stats.answered()).isEqualTo(2);
		assertThat(stats.answeredWithin24h()).isEqualTo(1);
		assertThat(stats.late()).isEqualTo(1);
		assertThat(stats.averageResponseTime()).isEqualTo(Duration.ofMinutes(31 * 30));
		assertThat(stats.shareWithin24h()).isEqualTo(0.5);
		assertThat(this.responseTimes.openOverdue(seller.id(), T.plus(Duration.ofHours(23)))).isZero();
		assertThat(this.responseTimes.openOverdue(seller.id(), T.plus(Duration.ofHours(25)))).isEqualTo(1);
		assertThat(this.responseTimes.stats(seller.id(), T.minus(Duration.ofDays(9)), T).answered()).isZero();
		assertThat(open).isNotNull();

		assertThat(this.responseTimes.daily(seller.id(), T, T.plus(Duration.ofDays(7)), ZoneOffset.UTC))
			.extracting(ResponseTimes.DailyResponses::day)
			.containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3));
		assertThat(this.responseTimes.daily(seller.id(), T, T.plus(Duration.ofDays(7)), ZoneOffset.ofHours(3)))
			.extracting(ResponseTimes.DailyResponses::day)
			.containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
		assertThat(this.responseTimes.daily(seller.id(), T, T.plus(Duration.ofDays(7)), ZoneId.of("Asia/Tokyo")))
			.extracting(ResponseTimes.DailyResponses::answered)
			.containsExactly(1L, 1L);
	}

	private ThreadId conversation(Account seller, Instant at) {
		Account buyer = this.fx.buyer("Buyer");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Question", at);
		this.fx.buyerWrites(thread, buyer, "Question", at);
		return thread;
	}

}
