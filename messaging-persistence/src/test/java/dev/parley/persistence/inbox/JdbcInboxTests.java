package dev.parley.persistence.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.parley.core.account.Account;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.order.Order;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every filter, search, date range and count on a hand-built inbox, for a seller, a buyer
 * and an admin; paging by cursor, also while messages arrive.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class JdbcInboxTests {

	static final Instant T = Instant.parse("2026-04-01T12:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Inbox inbox;

	@Autowired
	Conversations conversations;

	@Autowired
	Moderation moderation;

	Account seller;

	Account otherSeller;

	Account ben;

	Account acme;

	Account ana;

	Account devon;

	Account admin;

	Order benOrder;

	ThreadId t1;

	ThreadId t2;

	ThreadId t3;

	ThreadId t4;

	ThreadId t5;

	ThreadId t6;

	ThreadId t7;

	@BeforeEach
	void inbox() {
		this.seller = this.fx.seller("Northwind Outfitters");
		this.otherSeller = this.fx.seller("Casa Artesana");
		this.ben = this.fx.buyer("Ben Carter");
		this.acme = this.fx.businessBuyer("Acme Facilities Ltd");
		this.ana = this.fx.buyer("Ana García");
		this.devon = this.fx.buyer("Devon Lee");
		this.admin = this.fx.admin("Trust and Safety");
		this.benOrder = this.fx.order(this.ben, this.seller, T.minus(Duration.ofDays(20)));
		Order devonOrder = this.fx.order(this.devon, this.seller, T.minus(Duration.ofDays(20)));
		Order anaOrder = this.fx.order(this.ana, this.seller, T.minus(Duration.ofDays(30)));

		// t7: old and answered.
		this.t7 = this.fx.thread(this.ana, this.seller, anaOrder, "Gift wrap", at(-14400));
		this.fx.buyerWrites(this.t7, this.ana, "Can you gift wrap it?", at(-14400));
		this.fx.sellerWrites(this.t7, this.seller, "Yes, gladly", at(-12960));
		this.fx.run(() -> this.conversations.markRead(this.t7, this.ana.id(), at(-12000)));
		// t1: Ben asks about his order; awaiting and unread.
		this.t1 = this.fx.thread(this.ben, this.seller, this.benOrder, "Where is my parcel?", at(1));
		this.fx.buyerWrites(this.t1, this.ben, "It has not arrived yet", at(1));
		// t2: Acme asks, the seller answers.
		this.t2 = this.fx.thread(this.acme, this.seller, null, "Bulk pricing", at(2));
		this.fx.buyerWrites(this.t2, this.acme, "Do you sell forty chairs?", at(2));
		this.fx.sellerWrites(this.t2, this.seller, "We do, in oak", at(3));
		// t3: Ana asks before buying; the seller read it but has not answered.
		this.t3 = this.fx.thread(this.ana, this.seller, null, "Lamp shade colours", at(4));
		this.fx.buyerWrites(this.t3, this.ana, "Is the lamp available in green?", at(4));
		this.fx.run(() -> this.conversations.markRead(this.t3, this.seller.id(), at(4)));
		// t4: a proactive message to Devon, who read it.
		this.t4 = this.fx.thread(this.devon, this.seller, devonOrder, "Delivery appointment", at(5));
		this.fx.append(this.t4, Fixtures.sellerMessage(this.seller, Action.CONFIRM_DELIVERY_DETAILS,
				"Which day suits you?", at(5), true, Delivery.DELIVERED));
		this.fx.run(() -> this.conversations.markRead(this.t4, this.devon.id(), at(5)));
		// t5: Acme again, flagged.
		this.t5 = this.fx.thread(this.acme, this.seller, this.fx.order(this.acme, this.seller, T), "Tabletop sizes",
				at(6));
		this.fx.buyerWrites(this.t5, this.acme, "Which tabletop sizes exist? see example.org", at(6));
		this.fx.run(() -> this.moderation.raise(this.t5, null, FlagSource.RULE, "LINK_EXTERNAL", null, List.of(), null,
				at(6)));
		// t6: Ben and another seller.
		this.t6 = this.fx.thread(this.ben, this.otherSeller, null, "Tabletop question", at(7));
		this.fx.buyerWrites(this.t6, this.ben, "Do you make tabletop games?", at(7));
	}

	@Test
	void everySellerFilterHoldsExactlyItsThreadsInItsOrder() {
		assertThat(threads(this.seller, Role.SELLER, InboxFilter.ALL)).containsExactly(this.t5, this.t4, this.t3,
				this.t2, this.t1, this.t7);
		assertThat(threads(this.seller, Role.SELLER, InboxFilter.UNREAD)).containsExactly(this.t5, this.t1);
		assertThat(threads(this.seller, Role.SELLER, InboxFilter.SENT)).containsExactly(this.t4, this.t2, this.t7);
		assertThat(threads(this.seller, Role.SELLER, InboxFilter.NEEDS_RESPONSE)).containsExactly(this.t1, this.t3,
				this.t5);
		assertThat(threads(this.seller, Role.SELLER, InboxFilter.COMPANY)).containsExactly(this.t5, this.t2);
		assertThat(counts(this.seller, Role.SELLER)).isEqualTo(new InboxCounts(6, 2, 3, 3, 2, 0));
	}

	@Test
	void rowsCarryWhatTheInboxShows() {
		InboxItem row = page(query(this.seller, Role.SELLER, InboxFilter.NEEDS_RESPONSE)).items().get(0);
		assertThat(row.thread()).isEqualTo(this.t1);
		assertThat(row.order()).isEqualTo(this.benOrder.id());
		assertThat(row.counterpart()).isEqualTo(this.ben.id());
		assertThat(row.counterpartName()).isEqualTo("Ben Carter");
		assertThat(row.subject()).isEqualTo("Where is my parcel?");
		assertThat(row.snippet()).isEqualTo("It has not arrived yet");
		assertThat(row.dueAt()).isEqualTo(at(1).plus(Duration.ofHours(24)));
		assertThat(row.unread()).isTrue();
		assertThat(row.messageCount()).isEqualTo(1);
		InboxItem flagged = page(query(this.seller, Role.SELLER, InboxFilter.COMPANY)).items().get(0);
		assertThat(flagged.openFlags()).isEqualTo(1);
		assertThat(flagged.businessBuyer()).isTrue();
	}

	@Test
	void buyersSeeTheirOwnThreadsWithEverySeller() {
		assertThat(threads(this.ben, Role.BUYER, InboxFilter.ALL)).containsExactly(this.t6, this.t1);
		assertThat(threads(this.acme, Role.BUYER, InboxFilter.ALL)).containsExactly(this.t5, this.t2);
		assertThat(threads(this.acme, Role.BUYER, InboxFilter.UNREAD)).containsExactly(this.t2);
		assertThat(threads(this.acme, Role.BUYER, InboxFilter.SENT)).containsExactly(this.t5, this.t2);
		assertThat(threads(this.devon, Role.BUYER, InboxFilter.UNREAD)).isEmpty();
		assertThat(counts(this.acme, Role.BUYER)).isEqualTo(new InboxCounts(2, 1, 2, 0, 0, 0));
		assertThat(page(query(this.ben, Role.BUYER, InboxFilter.ALL)).items().get(0).counterpartName())
			.isEqualTo("Casa Artesana");
	}

	@Test
	void searchFindsSubjectsBodiesOrderIdsAndNames() {
		assertThat(search(this.seller, Role.SELLER, InboxFilter.ALL, "tabletop")).containsExactly(this.t5);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.ALL, "oak")).containsExactly(this.t2);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.ALL, this.benOrder.id().value()))
			.containsExactly(this.t1);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.ALL, "garcia")).containsExactly(this.t3, this.t7);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.ALL, "García green")).containsExactly(this.t3);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.COMPANY, "acme")).containsExactly(this.t5, this.t2);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.UNREAD, "acme")).containsExactly(this.t5);
		assertThat(search(this.ben, Role.BUYER, InboxFilter.ALL, "tabletop")).containsExactly(this.t6);
		assertThat(search(this.ben, Role.BUYER, InboxFilter.ALL, "northwind")).containsExactly(this.t1);
		assertThat(search(this.seller, Role.SELLER, InboxFilter.ALL, "nothing-like-this")).isEmpty();
		// Counts are for the whole inbox, whatever the search.
		assertThat(page(new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.ALL, "oak", null, null, null, 25))
			.counts()).isEqualTo(counts(this.seller, Role.SELLER));
	}

	@Test
	void dateRangesApplyToLastActivity() {
		assertThat(
				ids(page(new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.ALL, null, at(0), at(4), null, 25))))
			.containsExactly(this.t2, this.t1);
		assertThat(
				ids(page(new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.SENT, null, null, at(0), null, 25))))
			.containsExactly(this.t7);
		assertThat(ids(page(new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.NEEDS_RESPONSE, null, at(3), null,
				null, 25))))
			.containsExactly(this.t3, this.t5);
	}

	@Test
	void adminsSeeAllThreadsAndTheFlaggedOnes() {
		Set<ThreadId> mine = Set.of(this.t1, this.t2, this.t3, this.t4, this.t5, this.t6, this.t7);
		List<ThreadId> all = allPages(query(this.admin, Role.ADMIN, InboxFilter.ALL)).stream()
			.filter(mine::contains)
			.toList();
		assertThat(all).containsExactly(this.t6, this.t5, this.t4, this.t3, this.t2, this.t1, this.t7);
		List<ThreadId> flagged = allPages(query(this.admin, Role.ADMIN, InboxFilter.FLAGGED)).stream()
			.filter(mine::contains)
			.toList();
		assertThat(flagged).containsExactly(this.t5);
		InboxItem row = page(
				new InboxQuery(this.admin.id(), Role.ADMIN, InboxFilter.FLAGGED, "tabletop", null, null, null, 100))
			.items()
			.stream()
			.filter((item) -> item.thread().equals(this.t5))
			.findFirst()
			.orElseThrow();
		assertThat(row.counterpartName()).isEqualTo("Acme Facilities Ltd → Northwind Outfitters");
		assertThat(row.counterpart()).isEqualTo(this.seller.id());

		InboxCounts before = counts(this.admin, Role.ADMIN);
		assertThat(before.unread()).isZero();
		this.fx.run(() -> this.moderation.raise(this.t1, null, FlagSource.SYSTEM, "CRITICAL_SHARE", null, List.of(),
				null, at(8)));
		this.fx
			.run(() -> this.moderation.raise(this.t1, null, FlagSource.SYSTEM, "AGAIN", null, List.of(), null, at(9)));
		assertThat(counts(this.admin, Role.ADMIN).flagged()).isEqualTo(before.flagged() + 1);
		assertThat(counts(this.admin, Role.ADMIN).all()).isEqualTo(before.all());
	}

	@Test
	void cursorsWalkEveryFilterWithoutGapsOrRepeats() {
		for (InboxFilter filter : List.of(InboxFilter.ALL, InboxFilter.UNREAD, InboxFilter.SENT,
				InboxFilter.NEEDS_RESPONSE, InboxFilter.COMPANY)) {
			List<ThreadId> whole = threads(this.seller, Role.SELLER, filter);
			for (int size = 1; size <= 3; size++) {
				InboxQuery first = new InboxQuery(this.seller.id(), Role.SELLER, filter, null, null, null, null, size);
				assertThat(allPages(first)).as(filter + " by " + size).isEqualTo(whole);
			}
		}
		InboxPage last = page(query(this.seller, Role.SELLER, InboxFilter.ALL));
		assertThat(last.nextCursor()).isNull();
	}

	@Test
	void garbledForgedOrForeignCursorsAreRefused() {
		InboxPage first = page(
				new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.ALL, null, null, null, null, 2));
		String cursor = first.nextCursor();
		assertThat(cursor).isNotNull();
		char flipped = (cursor.charAt(5) == 'A') ? 'B' : 'A';
		String forged = cursor.substring(0, 5) + flipped + cursor.substring(6);
		for (String bad : List.of("garbage", "", "!!!!", forged, cursor + "AA")) {
			assertThatThrownBy(() -> page(
					new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.ALL, null, null, null, bad, 2)))
				.as(bad)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(
				() -> page(new InboxQuery(this.ben.id(), Role.BUYER, InboxFilter.ALL, null, null, null, cursor, 2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> page(
				new InboxQuery(this.seller.id(), Role.SELLER, InboxFilter.UNREAD, null, null, null, cursor, 2)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void pagingNeitherSkipsNorRepeatsWhileMessagesArrive() {
		Account shop = this.fx.seller("Busy Shop");
		List<Account> buyers = new ArrayList<>();
		List<ThreadId> threads = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Account buyer = this.fx.buyer("Buyer " + (char) ('A' + i));
			buyers.add(buyer);
			ThreadId thread = this.fx.thread(buyer, shop, null, "Question " + i, at(100 + i));
			this.fx.buyerWrites(thread, buyer, "Question number " + i, at(100 + i));
			threads.add(thread);
		}
		for (InboxFilter filter : List.of(InboxFilter.ALL, InboxFilter.UNREAD, InboxFilter.NEEDS_RESPONSE)) {
			List<ThreadId> seen = new ArrayList<>();
			InboxPage page = page(new InboxQuery(shop.id(), Role.SELLER, filter, null, null, null, null, 4));
			seen.addAll(ids(page));
			int minute = 200 + 10 * filter.ordinal();
			while (page.nextCursor() != null) {
				// A listed thread and a not yet listed one get new messages, and a new
				// thread starts, between two page fetches.
				ThreadId listed = seen.stream().filter(threads::contains).findFirst().orElseThrow();
				ThreadId unlisted = threads.stream().filter((t) -> !seen.contains(t)).findFirst().orElse(null);
				if (unlisted != null) {
					Account listedBuyer = buyers.get(threads.indexOf(listed));
					Account unlistedBuyer = buyers.get(threads.indexOf(unlisted));
					this.fx.buyerWrites(listed, listedBuyer, "More", at(minute++));
					this.fx.buyerWrites(unlisted, unlistedBuyer, "More", at(minute++));
					Account newcomer = this.fx.buyer("Newcomer");
					this.fx.buyerWrites(this.fx.thread(newcomer, shop, null, "New", at(minute)), newcomer, "Hi",
							at(minute++));
				}
				page = page(new InboxQuery(shop.id(), Role.SELLER, filter, null, null, null, page.nextCursor(), 4));
				seen.addAll(ids(page));
			}
			assertThat(new HashSet<>(seen)).as(filter + ": no repeats").hasSize(seen.size());
			assertThat(seen).as(filter + ": nothing skipped").containsAll(threads);
		}
	}

	@Test
	void searchesPageAlikeThroughTheIndexAndThroughAnOrderedWalk() {
		Account shop = this.fx.seller("Widget Shop");
		List<ThreadId> expected = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			Account buyer = this.fx.buyer("Buyer " + i);
			ThreadId thread = this.fx.thread(buyer, shop, null, "Widgets", at(300 + i));
			this.fx.buyerWrites(thread, buyer, (i % 3 == 0) ? "A gadget" : "A widget, please", at(300 + i));
			if (i % 3 != 0) {
				expected.add(0, thread);
			}
		}
		List<ThreadId> oldestFirst = new ArrayList<>(expected);
		java.util.Collections.reverse(oldestFirst);
		JdbcInbox adapter = (JdbcInbox) org.springframework.aop.framework.AopProxyUtils.getSingletonTarget(this.inbox);
		try {
			for (Boolean byIndex : new Boolean[] { true, false }) {
				adapter.searchByIndex = byIndex;
				for (InboxFilter filter : List.of(InboxFilter.ALL, InboxFilter.UNREAD, InboxFilter.NEEDS_RESPONSE)) {
					List<ThreadId> found = allPages(
							new InboxQuery(shop.id(), Role.SELLER, filter, "widget", null, null, null, 3));
					if (filter == InboxFilter.NEEDS_RESPONSE) {
						assertThat(found).as(byIndex + " " + filter).containsExactlyElementsOf(oldestFirst);
					}
					else {
						assertThat(found).as(byIndex + " " + filter).containsExactlyElementsOf(expected);
					}
				}
			}
		}
		finally {
			adapter.searchByIndex = null;
		}
	}

	@Test
	void filtersOfOtherRolesAreRefused() {
		assertThatThrownBy(() -> query(this.ben, Role.BUYER, InboxFilter.NEEDS_RESPONSE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> query(this.seller, Role.SELLER, InboxFilter.FLAGGED))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Instant at(int minutes) {
		return T.plus(Duration.ofMinutes(minutes));
	}

	private InboxQuery query(Account viewer, Role role, InboxFilter filter) {
		return new InboxQuery(viewer.id(), role, filter, null, null, null, null, 25);
	}

	private InboxPage page(InboxQuery query) {
		return this.inbox.page(query);
	}

	private List<ThreadId> threads(Account viewer, Role role, InboxFilter filter) {
		return ids(page(query(viewer, role, filter)));
	}

	private List<ThreadId> search(Account viewer, Role role, InboxFilter filter, String text) {
		return ids(page(new InboxQuery(viewer.id(), role, filter, text, null, null, null, 25)));
	}

	private InboxCounts counts(Account viewer, Role role) {
		return this.inbox.counts(query(viewer, role, InboxFilter.ALL));
	}

	private List<ThreadId> allPages(InboxQuery first) {
		List<ThreadId> all = new ArrayList<>();
		@Nullable String cursor = null;
		do {
			InboxPage page = page(new InboxQuery(first.viewer(), first.role(), first.filter(), first.search(),
					first.from(), first.to(), cursor, first.limit()));
			all.addAll(ids(page));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	private static List<ThreadId> ids(InboxPage page) {
		return page.items().stream().map(InboxItem::thread).toList();
	}

}
