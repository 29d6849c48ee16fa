package dev.parley.persistence.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JdbcModerationTests {

	static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Moderation moderation;

	@Autowired
	Conversations conversations;

	@Test
	void flagsStayOpenUntilDecidedAndKeepTheThreadCount() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		Account admin = this.fx.admin("Admin");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Links", T);
		Message message = this.fx.buyerWrites(thread, buyer, "see example.org/x \"quoted\"", T);
		long openBefore = this.moderation.countOpenFlags();

		Flag flag = this.fx.inTx(() -> this.moderation.raise(thread, message.id(), FlagSource.RULE, "LINK_EXTERNAL",
				null, List.of(new FlagSpan("LINK_EXTERNAL", 4, 17, "example.org/x")), null, T));
		Flag report = this.fx.inTx(() -> this.moderation.raise(thread, message.id(), FlagSource.REPORT, "SPAM",
				"a \"note\"", List.of(), seller.id(), T.plusSeconds(1)));

		assertThat(this.moderation.flag(flag.id())).contains(flag);
		assertThat(this.moderation.flags(thread)).containsExactly(flag, report);
		assertThat(this.moderation.countOpenFlags()).isEqualTo(openBefore + 2);
		assertThat(this.conversations.find(thread).orElseThrow().openFlags()).isEqualTo(2);
		assertThat(this.conversations.events(thread)).extracting(ThreadEvent::type)
			.containsExactly(ThreadEvent.Type.FLAG, ThreadEvent.Type.FLAG);
		List<Flag> queue = this.moderation.openFlags(null, 1000);
		assertThat(queue).contains(flag, report);
		assertThat(queue.indexOf(flag)).isLessThan(queue.indexOf(report));
		assertThat(this.moderation.openFlags(flag.id(), 1000)).contains(report).doesNotContain(flag);

		AdminDecision decision = this.fx.inTx(() -> this.moderation.decide(DecisionKind.DISMISS, seller.id(),
				admin.id(), flag.id(), "Allowed domain", T.plusSeconds(2)));

		assertThat(this.moderation.flag(flag.id()).orElseThrow().decision()).isEqualTo(decision);
		assertThat(this.moderation.flag(flag.id()).orElseThrow().isOpen()).isFalse();
		assertThat(this.conversations.find(thread).orElseThrow().openFlags()).isEqualTo(1);
		assertThat(this.moderation.openFlags(null, 1000)).doesNotContain(flag);
		assertThatThrownBy(() -> this.fx.inTx(() -> this.moderation.decide(DecisionKind.WARN, seller.id(), admin.id(),
				flag.id(), "again", T.plusSeconds(3))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.moderation.flag(report.id()).orElseThrow().note()).isEqualTo("a \"note\"");
		assertThat(this.moderation.flag(flag.id()).orElseThrow().spans())
			.containsExactly(new FlagSpan("LINK_EXTERNAL", 4, 17, "example.org/x"));
	}

	@Test
	void decisionsAndNoticesAreTheSellersHistoryNewestFirst() {
		Account seller = this.fx.seller("Shop");
		Account admin = this.fx.admin("Admin");
		AdminDecision warn = this.fx
			.inTx(() -> this.moderation.decide(DecisionKind.WARN, seller.id(), admin.id(), null, "spam", T));
		AdminDecision suspend = this.fx.inTx(() -> this.moderation.decide(DecisionKind.SUSPEND, seller.id(), admin.id(),
				null, "spam again", T.plusSeconds(60)));
		PlatformNotice first = this.fx
			.inTx(() -> this.moderation.notify(seller.id(), "WARN", "Warning", "Stop it", warn.id(), T));
		PlatformNotice second = this.fx.inTx(() -> this.moderation.notify(seller.id(), "SUSPEND", "Suspended",
				"Stopped", suspend.id(), T.plusSeconds(60)));
		PlatformNotice third = this.fx.inTx(
				() -> this.moderation.notify(seller.id(), "POLICY", "New policy", "Read it", null, T.plusSeconds(90)));

		assertThat(this.moderation.decisions(seller.id())).containsExactly(suspend, warn);
		assertThat(this.moderation.notices(seller.id(), null, 2)).containsExactly(third, second);
		assertThat(this.moderation.notices(seller.id(), second.id(), 2)).containsExactly(first);
	}

	@Test
	void proactiveCountsCountTheSellersProactiveAndCriticalMessages() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, this.fx.order(buyer, seller, T), "Order", T);
		this.fx.append(thread,
				Fixtures.sellerMessage(seller, Action.SHIPPING_ADDRESS_ISSUE, "Address?", T, true, Delivery.DELIVERED));
		this.fx.append(thread, Fixtures.sellerMessage(seller, Action.WARRANTY, "Warranty", T.plusSeconds(1), true,
				Delivery.DELIVERED));
		this.fx.buyerWrites(thread, buyer, "Thanks", T.plusSeconds(2));
		this.fx.sellerWrites(thread, seller, "Welcome", T.plusSeconds(3));

		assertThat(this.moderation.proactiveCounts(seller.id(), T.minus(Duration.ofDays(30))))
			.isEqualTo(new Moderation.ProactiveCounts(2, 1));
		assertThat(this.moderation.proactiveCounts(seller.id(), T.plusSeconds(1)))
			.isEqualTo(new Moderation.ProactiveCounts(1, 0));
	}

}
