package dev.parley.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.parley.core.order.Order;
import dev.parley.core.team.Member;
import dev.parley.core.team.Permission;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-member response metrics (issue 16): each member's median response time and share
 * answered within 24 hours, next to the whole account's, on the performance page and in
 * the metrics API, computed from answers at known times (the application's clock stands
 * still until the test moves it).
 */
@Import(MemberMetricsIT.TestClock.class)
class MemberMetricsIT extends ApiTestSupport {

	@Autowired
	SettableClock clock;

	@Test
	void eachMembersAnswersAreMeasuredNextToTheAccounts() {
		Party seller = seller();
		Party buyer = buyer();
		Member first = member(seller, "First", "first@example.test");
		Member second = member(seller, "Second", "second@example.test");
		Member idle = member(seller, "Idle", "idle@example.test");
		Party firstParty = party(seller, first);
		Party secondParty = party(seller, second);

		long toFirstQuickly = ask(buyer, seller);
		long toFirstLate = ask(buyer, seller);
		long toSecond = ask(buyer, seller);
		long toOwner = ask(buyer, seller);
		this.clock.advance(Duration.ofHours(1));
		reply(secondParty, toSecond);
		this.clock.advance(Duration.ofHours(1));
		reply(firstParty, toFirstQuickly);
		this.clock.advance(Duration.ofHours(3));
		reply(seller, toOwner);
		this.clock.advance(Duration.ofHours(25));
		reply(firstParty, toFirstLate);
		// The periods end before "now": a minute on, the last answer is in them.
		this.clock.advance(Duration.ofMinutes(1));

		// First: 2 h and 30 h (median 16 h, half within 24 h); Second: 1 h; Idle: none.
		// The account: 1, 2, 5 and 30 h (median 3.5 h, three of four within 24 h).
		JsonNode metrics = get(seller, API + "/metrics/response-time").body();
		assertThat(metrics.get("memberDays").asInt()).isEqualTo(30);
		assertThat(metrics.get("medianResponseSeconds").asLong()).isEqualTo(Duration.ofMinutes(210).toSeconds());
		JsonNode members = metrics.get("members");
		assertThat(members.size()).isEqualTo(3);
		JsonNode one = members.get(0);
		assertThat(one.get("memberId").asLong()).isEqualTo(first.id().value());
		assertThat(one.get("answered").asLong()).isEqualTo(2);
		assertThat(one.get("medianResponseSeconds").asLong()).isEqualTo(Duration.ofHours(16).toSeconds());
		assertThat(one.get("answeredWithin24h").asLong()).isEqualTo(1);
		assertThat(one.get("shareWithin24h").asDouble()).isEqualTo(0.5);
		JsonNode two = members.get(1);
		assertThat(two.get("memberId").asLong()).isEqualTo(second.id().value());
		assertThat(two.get("answered").asLong()).isEqualTo(1);
		assertThat(two.get("medianResponseSeconds").asLong()).isEqualTo(3600);
		assertThat(two.get("shareWithin24h").asDouble()).isEqualTo(1.0);
		JsonNode three = members.get(2);
		assertThat(three.get("name").asString()).isEqualTo(idle.displayName());
		assertThat(three.get("answered").asLong()).isZero();
		assertThat(three.get("medianResponseSeconds").isNull()).isTrue();
		assertThat(three.get("shareWithin24h").isNull()).isTrue();
		// A member who may read metrics sees the same; another seller sees none of it.
		assertThat(get(firstParty, API + "/metrics/response-time").body().get("members")).isEqualTo(members);
		assertThat(get(seller(), API + "/metrics/response-time").body().get("members").size()).isZero();

		PageSession page = PageSession.signedIn(this::uri, seller.account().email(), PASSWORD);
		Document performance = page.page("/seller/performance");
		assertThat(cells(performance.select("#team-metrics tr.team-total").first())).containsExactly("Whole account",
				"4", "3 h 30 min", "75 %");
		assertThat(cells(row(performance, first))).containsExactly(first.displayName(), "2", "16 h 0 min", "50 %");
		assertThat(cells(row(performance, second))).containsExactly(second.displayName(), "1", "1 h 0 min", "100 %");
		assertThat(cells(row(performance, idle))).containsExactly(idle.displayName(), "0", "No answers yet",
				"No answers yet");
	}

	static Element row(Document page, Member member) {
		return page.select("#team-metrics tr[data-member=" + member.id().value() + "]").first();
	}

	static java.util.List<String> cells(Element row) {
		return row.children().stream().map(Element::text).toList();
	}

	long ask(Party buyer, Party seller) {
		Order order = order(buyer, seller, Duration.ofDays(2));
		Response asked = post(buyer, API + "/orders/" + order.id() + "/messages", message("Where is it?"));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		return asked.body().get("threadId").asLong();
	}

	void reply(Party party, long thread) {
		Response sent = post(party, API + "/threads/" + thread + "/messages", message("It is on its way."));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
	}

	Member member(Party seller, String name, String address) {
		return teamMember(seller, System.nanoTime() + "-" + address, name + " " + System.nanoTime(),
				Set.of(Permission.READ_MESSAGES, Permission.REPLY), "member password 1234", this.clock.instant());
	}

	Party party(Party seller, Member member) {
		return new Party(seller.account(), this.tokens.issue(seller.account(), member.id(), "test").secret());
	}

	/** A clock that stands still until moved. */
	static final class SettableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(
				Instant.now().truncatedTo(ChronoUnit.SECONDS));

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
