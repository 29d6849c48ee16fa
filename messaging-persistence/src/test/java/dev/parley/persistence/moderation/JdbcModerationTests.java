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
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Appeal;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.FlagId;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.jspecify.annotations.Nullable;
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

	@Autowired
	Cases cases;

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

		assertThat(flag.party()).isEqualTo(buyer.id());
		assertThat(flag.partyRole()).isEqualTo(Role.BUYER);
		assertThat(report.party()).as("a report is about the reported message's sender").isEqualTo(buyer.id());
		assertThat(report.raisedBy()).isEqualTo(seller.id());
		Cases.Case queued = this.cases.find(thread).orElseThrow();
		assertThat(queued.openFlags()).isEqualTo(2);
		assertThat(queued.openReports()).isEqualTo(1);
		assertThat(queued.reasons()).containsEntry("LINK_EXTERNAL", 1).containsEntry("SPAM", 1);
		assertThat(queued.rules()).containsExactly("LINK_EXTERNAL");
		assertThat(queued.partyRoles()).containsExactly(Role.BUYER);
		assertThatThrownBy(() -> this.fx.inTx(() -> this.moderation
			.decide(decision(DecisionKind.WARN, seller, Role.SELLER, admin, flag.id(), "wrong party", T))))
			.isInstanceOf(IllegalArgumentException.class);

		AdminDecision decision = this.fx.inTx(() -> this.moderation.decide(decision(DecisionKind.DISMISS, buyer,
				Role.BUYER, admin, flag.id(), "Allowed domain", T.plusSeconds(2))));

		assertThat(this.moderation.flag(flag.id()).orElseThrow().decision()).isEqualTo(decision);
		assertThat(this.moderation.flag(flag.id()).orElseThrow().isOpen()).isFalse();
		assertThat(this.conversations.find(thread).orElseThrow().openFlags()).isEqualTo(1);
		assertThat(this.moderation.openFlags(null, 1000)).doesNotContain(flag);
		assertThatThrownBy(() -> this.fx.inTx(() -> this.moderation
			.decide(decision(DecisionKind.WARN, buyer, Role.BUYER, admin, flag.id(), "again", T.plusSeconds(3)))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.cases.find(thread).orElseThrow().openFlags()).isEqualTo(1);
		this.fx.inTx(() -> this.moderation
			.decide(decision(DecisionKind.DISMISS, buyer, Role.BUYER, admin, report.id(), "fine", T.plusSeconds(4))));
		assertThat(this.cases.find(thread)).as("a thread without open flags leaves the queue").isEmpty();
		assertThat(this.moderation.flag(report.id()).orElseThrow().note()).isEqualTo("a \"note\"");
		assertThat(this.moderation.flag(flag.id()).orElseThrow().spans())
			.containsExactly(new FlagSpan("LINK_EXTERNAL", 4, 17, "example.org/x"));
	}

	@Test
	void decisionsAndNoticesAreTheSellersHistoryNewestFirst() {
		Account seller = this.fx.seller("Shop");
		Account admin = this.fx.admin("Admin");
		AdminDecision warn = this.fx.inTx(
				() -> this.moderation.decide(decision(DecisionKind.WARN, seller, Role.SELLER, admin, null, "spam", T)));
		AdminDecision suspend = this.fx.inTx(() -> this.moderation
			.decide(decision(DecisionKind.SUSPEND, seller, Role.SELLER, admin, null, "spam again", T.plusSeconds(60))));
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
	void aDecisionIsAppealedOnceAndTheOverturnUndoesItsWarning() {
		Account buyer = this.fx.buyer("Bea");
		Account admin = this.fx.admin("Admin");
		AdminDecision warn = this.fx
			.inTx(() -> this.moderation.decide(decision(DecisionKind.WARN, buyer, Role.BUYER, admin, null, "rude", T)));
		assertThat(this.moderation.warningsInForce(buyer.id(), T.minusSeconds(1))).isEqualTo(1);

		Appeal appeal = this.fx.inTx(() -> this.moderation.appeal(warn, "I was quoting the seller", T.plusSeconds(5)));
		assertThatThrownBy(() -> this.fx.inTx(() -> this.moderation.appeal(warn, "again", T.plusSeconds(6))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.moderation.openAppeals(1000)).extracting(Appeal::id).contains(appeal.id());

		AdminDecision overturn = this.fx.inTx(() -> this.moderation.decide(new AdminDecision.New(DecisionKind.OVERTURN,
				buyer.id(), Role.BUYER, admin.id(), null, "quoted", "checked the thread", MessagingStatus.WARNED,
				MessagingStatus.ACTIVE, false, appeal.id(), T.plusSeconds(10))));

		Appeal decided = this.moderation.appeal(appeal.id()).orElseThrow();
		assertThat(decided.outcome()).isEqualTo(overturn);
		assertThat(decided.outcome().internalNote()).isEqualTo("checked the thread");
		assertThat(this.moderation.openAppeals(1000)).extracting(Appeal::id).doesNotContain(appeal.id());
		assertThat(this.moderation.warningsInForce(buyer.id(), T.minusSeconds(1))).isZero();
	}

	@Test
	void aWarningEndsWhenItsTimeHasComeAndNoticesCountUnreadUntilRead() {
		Account buyer = this.fx.buyer("Bo");
		this.fx.inTx(() -> {
			this.moderation.changeStatus(buyer.id(), Role.BUYER, MessagingStatus.WARNED, T.plusSeconds(100));
			return null;
		});
		assertThat(this.fx.inTx(() -> this.moderation.expireWarnings(T.plusSeconds(99))))
			.doesNotContain(new Moderation.Party(buyer.id(), Role.BUYER));
		assertThat(this.fx.inTx(() -> this.moderation.expireWarnings(T.plusSeconds(100))))
			.contains(new Moderation.Party(buyer.id(), Role.BUYER));

		PlatformNotice one = this.fx.inTx(() -> this.moderation.notify(buyer.id(), "WARN", "W", "w", null, T));
		PlatformNotice two = this.fx.inTx(() -> this.moderation.notify(buyer.id(), "EXPIRED", "E", "e", null, T));
		assertThat(this.moderation.unreadNotices(buyer.id())).isEqualTo(2);
		this.fx.inTx(() -> {
			this.moderation.markNoticesRead(buyer.id(), one.id());
			return null;
		});
		assertThat(this.moderation.unreadNotices(buyer.id())).isEqualTo(1);
		this.fx.inTx(() -> {
			this.moderation.markNoticesRead(buyer.id(), two.id());
			this.moderation.markNoticesRead(buyer.id(), one.id());
			return null;
		});
		assertThat(this.moderation.unreadNotices(buyer.id())).isZero();
	}

	private static AdminDecision.New decision(DecisionKind kind, Account party, Role role, Account admin,
			@Nullable FlagId flag, String reason, Instant at) {
		return new AdminDecision.New(kind, party.id(), role, admin.id(), flag, reason, null, MessagingStatus.ACTIVE,
				(kind.resultingStatus() != null) ? kind.resultingStatus() : MessagingStatus.ACTIVE, false, null, at);
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
