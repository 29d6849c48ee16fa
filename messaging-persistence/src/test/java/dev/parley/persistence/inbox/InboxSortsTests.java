package dev.parley.persistence.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.inbox.InboxSort;
import dev.parley.core.inbox.ResultCount;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sort orders over the keyset cursor, result counts of narrowed queries, the attachment
 * marker and "mark unread", on one seller's inbox of nine threads.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class InboxSortsTests {

	static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Inbox inbox;

	@Autowired
	Conversations conversations;

	@Autowired
	Attachments attachments;

	Account shop;

	List<Account> buyers = new ArrayList<>();

	/** Oldest activity first. */
	List<ThreadId> threads = new ArrayList<>();

	java.util.Set<ThreadId> answered = new HashSet<>();

	java.util.Set<ThreadId> walnut = new HashSet<>();

	@BeforeEach
	void inbox() {
		this.shop = this.fx.seller("Sorted Shop");
		for (int i = 0; i < 9; i++) {
			Account buyer = this.fx.buyer("Buyer " + (char) ('A' + i));
			this.buyers.add(buyer);
			ThreadId thread = this.fx.thread(buyer, this.shop, null, "Question " + i, at(10 * i));
			this.fx.buyerWrites(thread, buyer, ((i % 2 == 0) ? "walnut " : "oak ") + "question " + i, at(10 * i));
			this.threads.add(thread);
			if (i % 2 == 0) {
				this.walnut.add(thread);
			}
		}
		// Every third thread answered: the rest await, due in order of arrival. Thread
		// 1's
		// buyer writes again later: still due first, but its activity is newest.
		for (int i = 0; i < 9; i += 3) {
			this.fx.sellerWrites(this.threads.get(i), this.shop, "Answer " + i, at(10 * i + 1));
			this.answered.add(this.threads.get(i));
		}
		this.fx.buyerWrites(this.threads.get(1), this.buyers.get(1), "Any news?", at(200));
		ThreadId again = this.threads.remove(1);
		this.threads.add(again);
	}

	@Test
	void everySortOfEveryFilterPagesThroughInItsOrder() {
		List<ThreadId> newest = new ArrayList<>(this.threads);
		java.util.Collections.reverse(newest);
		List<ThreadId> awaiting = this.threads.stream().filter((t) -> !this.answered.contains(t)).toList();
		List<ThreadId> awaitingNewest = new ArrayList<>(awaiting);
		java.util.Collections.reverse(awaitingNewest);
		// Due soonest: by the oldest awaiting message (thread 1 arrived second).
		List<ThreadId> due = new ArrayList<>(awaiting);
		ThreadId one = due.remove(due.size() - 1);
		due.add(0, one);

		for (int size = 1; size <= 4; size++) {
			assertThat(allPages(InboxFilter.ALL, InboxSort.NEWEST, null, size)).isEqualTo(newest);
			assertThat(allPages(InboxFilter.ALL, InboxSort.OLDEST, null, size)).isEqualTo(this.threads);
			assertThat(allPages(InboxFilter.NEEDS_RESPONSE, InboxSort.DUE_SOONEST, null, size)).isEqualTo(due);
			assertThat(allPages(InboxFilter.NEEDS_RESPONSE, InboxSort.NEWEST, null, size)).isEqualTo(awaitingNewest);
			assertThat(allPages(InboxFilter.NEEDS_RESPONSE, InboxSort.OLDEST, null, size)).isEqualTo(awaiting);
			assertThat(allPages(InboxFilter.UNREAD, InboxSort.OLDEST, null, size)).isEqualTo(awaiting);
			List<ThreadId> sentOldest = this.threads.stream().filter(this.answered::contains).toList();
			assertThat(allPages(InboxFilter.SENT, InboxSort.OLDEST, null, size)).isEqualTo(sentOldest);
			assertThat(allPages(InboxFilter.ALL, InboxSort.OLDEST, "walnut", size))
				.isEqualTo(this.threads.stream().filter(this.walnut::contains).toList());
		}
	}

	@Test
	void oldestFirstNeitherSkipsNorRepeatsWhileMessagesArrive() {
		List<ThreadId> seen = new ArrayList<>();
		InboxPage page = this.inbox.page(query(InboxFilter.ALL, InboxSort.OLDEST, null, null, 2));
		seen.addAll(ids(page));
		int minute = 300;
		while (page.nextCursor() != null) {
			// A listed thread and a not yet listed one move to the newest end.
			ThreadId listed = seen.get(0);
			ThreadId unlisted = this.threads.stream().filter((t) -> !seen.contains(t)).findFirst().orElse(null);
			if (unlisted != null) {
				this.fx.buyerWrites(listed, buyerOf(listed), "More", at(minute++));
				this.fx.buyerWrites(unlisted, buyerOf(unlisted), "More", at(minute++));
			}
			page = this.inbox.page(query(InboxFilter.ALL, InboxSort.OLDEST, null, page.nextCursor(), 2));
			seen.addAll(ids(page));
		}
		assertThat(new HashSet<>(seen)).as("no repeats").hasSize(seen.size());
		assertThat(seen).as("nothing skipped").containsExactlyInAnyOrderElementsOf(this.threads);
	}

	@Test
	void aCursorBelongsToItsSortAndSortsToTheirFilters() {
		String cursor = this.inbox.page(query(InboxFilter.ALL, InboxSort.NEWEST, null, null, 2)).nextCursor();
		assertThat(cursor).isNotNull();
		assertThatThrownBy(() -> this.inbox.page(query(InboxFilter.ALL, InboxSort.OLDEST, null, cursor, 2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> query(InboxFilter.ALL, InboxSort.DUE_SOONEST, null, null, 2))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(InboxSort.ofParameter(null, InboxFilter.NEEDS_RESPONSE)).isEqualTo(InboxSort.DUE_SOONEST);
		assertThat(InboxSort.ofParameter("oldest", InboxFilter.SENT)).isEqualTo(InboxSort.OLDEST);
	}

	@Test
	void resultsCountTheSearchAndDateRangeUpToTheCap() {
		assertThat(this.inbox.page(query(InboxFilter.ALL, InboxSort.NEWEST, null, null, 2)).results())
			.isEqualTo(new ResultCount(9, false));
		assertThat(this.inbox.page(query(InboxFilter.ALL, InboxSort.NEWEST, "walnut", null, 2)).results())
			.isEqualTo(new ResultCount(5, false));
		assertThat(this.inbox.page(query(InboxFilter.UNREAD, InboxSort.NEWEST, "oak", null, 2)).results())
			.isEqualTo(new ResultCount(3, false));
		InboxQuery range = new InboxQuery(this.shop.id(), Role.SELLER, InboxFilter.ALL, null, at(20), at(60), null, 2,
				InboxSort.OLDEST);
		assertThat(this.inbox.page(range).results()).isEqualTo(new ResultCount(4, false));
		assertThat(this.inbox.page(range).counts().all()).isEqualTo(9);

		JdbcInbox adapter = (JdbcInbox) AopProxyUtils.getSingletonTarget(this.inbox);
		try {
			adapter.countCap = 3;
			assertThat(this.inbox.page(range).results()).isEqualTo(new ResultCount(3, true));
			assertThat(this.inbox.page(query(InboxFilter.ALL, InboxSort.NEWEST, null, null, 2)).results())
				.isEqualTo(new ResultCount(3, true));
			for (Boolean byIndex : new Boolean[] { true, false }) {
				adapter.searchByIndex = byIndex;
				assertThat(this.inbox.page(query(InboxFilter.ALL, InboxSort.NEWEST, "walnut", null, 2)).results())
					.as("search by index " + byIndex)
					.isEqualTo(new ResultCount(3, true));
				assertThat(this.inbox.page(query(InboxFilter.ALL, InboxSort.NEWEST, "oak", null, 2)).results())
					.isEqualTo(new ResultCount(3, true));
				assertThat(this.inbox.page(query(InboxFilter.SENT, InboxSort.NEWEST, "walnut", null, 2)).results())
					.isEqualTo(new ResultCount(2, false));
			}
		}
		finally {
			adapter.countCap = ResultCount.CAP;
			adapter.searchByIndex = null;
		}
	}

	@Test
	void rowsCountTheFilesTheirOwnerMaySee() {
		Account buyer = this.buyers.get(4);
		ThreadId thread = this.threads.get(3);
		assertThat(row(this.shop, Role.SELLER, thread).attachments()).isZero();
		AttachmentInfo photo = this.fx.inTx(() -> this.attachments.upload(buyer.id(), "scratch.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 }, T));
		AttachmentInfo note = this.fx
			.inTx(() -> this.attachments.upload(buyer.id(), "note.txt", "text/plain", "hello".getBytes(), T));
		this.fx.append(thread,
				Fixtures.buyerMessage(buyer, "Photo", "See attached", at(400), List.of(note.id(), photo.id())));
		assertThat(row(this.shop, Role.SELLER, thread).attachments()).isEqualTo(2);
		assertThat(row(buyer, Role.BUYER, thread).attachments()).isEqualTo(2);

		// A file in a message withheld from the buyer counts for the seller only.
		AttachmentInfo invoice = this.fx.inTx(() -> this.attachments.upload(this.shop.id(), "invoice.pdf",
				"application/pdf", "%PDF-1.4".getBytes(), T));
		dev.parley.core.conversation.NewMessage withheld = Fixtures.sellerMessage(this.shop,
				dev.parley.core.conversation.Action.SEND_INVOICE, "Invoice", at(401), true,
				Delivery.NOT_DELIVERED_OPTED_OUT);
		this.fx.append(thread,
				new dev.parley.core.conversation.NewMessage(withheld.sender(), withheld.author(), withheld.action(),
						withheld.topic(), withheld.subject(), withheld.html(), withheld.text(), List.of(invoice.id()),
						withheld.sentAt(), withheld.delivery(), withheld.important(), withheld.proactive(),
						withheld.redactions()));
		assertThat(row(this.shop, Role.SELLER, thread).attachments()).isEqualTo(3);
		assertThat(row(buyer, Role.BUYER, thread).attachments()).isEqualTo(2);
	}

	@Test
	void markUnreadShowsTheThreadUnreadUntilItIsReadAgain() {
		ThreadId answered = this.threads.get(0);
		Account buyer = buyerOf(answered);
		long unreadBefore = this.inbox.counts(query(InboxFilter.ALL, InboxSort.NEWEST, null, null, 25)).unread();
		this.fx.run(() -> this.conversations.markRead(answered, this.shop.id(), at(500)));
		assertThat(row(this.shop, Role.SELLER, answered).unread()).isFalse();

		assertThat(this.fx.inTx(() -> this.conversations.markUnread(answered, this.shop.id(), at(501)))).isTrue();
		assertThat(row(this.shop, Role.SELLER, answered).unread()).isTrue();
		assertThat(this.inbox.counts(query(InboxFilter.ALL, InboxSort.NEWEST, null, null, 25)).unread())
			.isEqualTo(unreadBefore + 1);
		assertThat(ids(this.inbox.page(query(InboxFilter.UNREAD, InboxSort.NEWEST, null, null, 25))))
			.contains(answered);
		ThreadEvent event = this.conversations.events(answered).get(this.conversations.events(answered).size() - 1);
		assertThat(event.type()).isEqualTo(ThreadEvent.Type.UNREAD);
		assertThat(event.actor()).isEqualTo(this.shop.id());
		// Unread already, or nothing from the other party: no second event.
		assertThat(this.fx.inTx(() -> this.conversations.markUnread(answered, this.shop.id(), at(502)))).isFalse();
		assertThat(this.fx.inTx(() -> this.conversations.markUnread(answered, buyer.id(), at(502))))
			.as("the seller's answer is still unread for the buyer")
			.isFalse();
		this.fx.run(() -> this.conversations.markRead(answered, buyer.id(), at(502)));
		assertThat(this.fx.inTx(() -> this.conversations.markUnread(answered, buyer.id(), at(502)))).isTrue();
		assertThat(row(buyer, Role.BUYER, answered).unread()).isTrue();

		this.fx.run(() -> this.conversations.markRead(answered, this.shop.id(), at(503)));
		assertThat(row(this.shop, Role.SELLER, answered).unread()).isFalse();
		assertThat(this.inbox.counts(query(InboxFilter.ALL, InboxSort.NEWEST, null, null, 25)).unread())
			.isEqualTo(unreadBefore);
		Account stranger = this.fx.buyer("Stranger");
		assertThatThrownBy(() -> this.fx.inTx(() -> this.conversations.markUnread(answered, stranger.id(), at(504))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private Account buyerOf(ThreadId thread) {
		return this.buyers.stream()
			.filter((b) -> this.conversations.find(thread).orElseThrow().key().buyer().equals(b.id()))
			.findFirst()
			.orElseThrow();
	}

	private InboxItem row(Account viewer, Role role, ThreadId thread) {
		return this.inbox.page(new InboxQuery(viewer.id(), role, InboxFilter.ALL, null, null, null, null, 100))
			.items()
			.stream()
			.filter((item) -> item.thread().equals(thread))
			.findFirst()
			.orElseThrow();
	}

	private InboxQuery query(InboxFilter filter, InboxSort sort, @Nullable String search, @Nullable String cursor,
			int limit) {
		return new InboxQuery(this.shop.id(), Role.SELLER, filter, search, null, null, cursor, limit, sort);
	}

	private List<ThreadId> allPages(InboxFilter filter, InboxSort sort, @Nullable String search, int limit) {
		List<ThreadId> all = new ArrayList<>();
		String cursor = null;
		do {
			InboxPage page = this.inbox.page(query(filter, sort, search, cursor, limit));
			all.addAll(ids(page));
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	private static List<ThreadId> ids(InboxPage page) {
		return page.items().stream().map(InboxItem::thread).toList();
	}

	private static Instant at(int minutes) {
		return T.plus(Duration.ofMinutes(minutes));
	}

}
