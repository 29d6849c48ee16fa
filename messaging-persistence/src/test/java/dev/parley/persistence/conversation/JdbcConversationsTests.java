package dev.parley.persistence.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Attachments.StoredAttachment;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.NewMessage;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.conversation.Topic;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes;
import dev.parley.core.order.Order;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.parley.core.policy.AttachmentReading;
import dev.parley.core.policy.attachment.Extraction;
import dev.parley.core.thread.Uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JdbcConversationsTests {

	static final Instant T = Instant.parse("2026-02-02T09:00:00.123456789Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Conversations conversations;

	@Autowired
	Attachments attachments;

	@Autowired
	Uploads uploads;

	@Autowired
	Inbox inbox;

	@Autowired
	ResponseTimes responseTimes;

	@Test
	void lockOrCreateMakesOneThreadPerKeyAndPreSaleThreadsHaveNoOrder() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		Order order = this.fx.order(buyer, seller, T);
		ThreadId withOrder = this.fx.thread(buyer, seller, order, "About my order", T);
		ThreadId preSale = this.fx.thread(buyer, seller, null, "Before I buy", T);

		assertThat(this.fx.thread(buyer, seller, order, "other subject", T.plusSeconds(5))).isEqualTo(withOrder);
		assertThat(this.fx.thread(buyer, seller, null, "other", T.plusSeconds(5))).isEqualTo(preSale);
		assertThat(preSale).isNotEqualTo(withOrder);
		assertThat(this.conversations.find(new ThreadKey(buyer.id(), seller.id(), null)).orElseThrow().id())
			.isEqualTo(preSale);
		ThreadSummary summary = this.conversations.find(withOrder).orElseThrow();
		assertThat(summary.subject()).isEqualTo("About my order");
		assertThat(summary.messageCount()).isZero();
		assertThat(summary.key().order()).isEqualTo(order.id());
	}

	@Test
	void appendNumbersMessagesAndKeepsEveryField() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Sizes", T);
		NewMessage question = new NewMessage(Sender.BUYER, buyer.id(), Action.BUYER_QUESTION, Topic.PRODUCT_QUESTION,
				"Sizes", "<p>Mail me at [removed]</p>", "Mail me at [removed]", List.of(), T, Delivery.DELIVERED, false,
				false, List.of(new Redaction("CONTACT_EMAIL", 11, 20)));

		Message first = this.fx.append(thread, question);
		Message second = this.fx.sellerWrites(thread, seller, "We have S to XL", T.plusSeconds(60));

		assertThat(first.seq()).isEqualTo(1);
		assertThat(second.seq()).isEqualTo(2);
		assertThat(first.sentAt()).isEqualTo(Instant.parse("2026-02-02T09:00:00.123456Z"));
		List<Message> stored = this.conversations.messages(thread);
		assertThat(stored).containsExactly(first, second);
		Message reread = stored.get(0);
		assertThat(reread.redactions()).containsExactly(new Redaction("CONTACT_EMAIL", 11, 20));
		assertThat(reread.topic()).isEqualTo(Topic.PRODUCT_QUESTION);
		assertThat(reread.sentAt()).isEqualTo(first.sentAt());
		assertThat(reread.hash()).isEqualTo(first.hash());
		assertThat(this.conversations.message(second.id()).orElseThrow().text()).isEqualTo("We have S to XL");
		assertThat(this.conversations.verifyChain(thread).isIntact()).isTrue();
	}

	@Test
	void aBuyerMessageAwaitsUntilASellerMessageAnswersItAndTheAnswerIsRecorded() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Where is it?", T);

		this.fx.buyerWrites(thread, buyer, "Where is it?", T);
		this.fx.buyerWrites(thread, buyer, "Hello?", T.plusSeconds(3600));
		ThreadSummary awaiting = this.conversations.find(thread).orElseThrow();
		assertThat(awaiting.awaitingSince()).isEqualTo(T.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		assertThat(awaiting.dueAt()).isEqualTo(awaiting.awaitingSince().plus(Duration.ofHours(24)));

		this.fx.sellerWrites(thread, seller, "On its way", T.plusSeconds(7200));

		ThreadSummary answered = this.conversations.find(thread).orElseThrow();
		assertThat(answered.awaitingSince()).isNull();
		ResponseStats stats = this.responseTimes.stats(seller.id(), T.minusSeconds(1), T.plusSeconds(86400));
		assertThat(stats.answered()).isEqualTo(1);
		assertThat(stats.averageResponseTime()).isEqualTo(Duration.ofSeconds(7200));
		assertThat(stats.answeredWithin24h()).isEqualTo(1);
	}

	@Test
	void noResponseNeededAnswersEverythingAwaitingAndOnlyThen() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Thanks", T);
		this.fx.buyerWrites(thread, buyer, "Thanks a lot", T);

		boolean marked = this.fx.inTx(() -> {
			this.conversations.lock(thread);
			return this.conversations.markNoResponseNeeded(thread, seller.id(), T.plus(Duration.ofHours(30)));
		});
		boolean again = this.fx.inTx(() -> this.conversations.markNoResponseNeeded(thread, seller.id(), T));

		assertThat(marked).isTrue();
		assertThat(again).isFalse();
		assertThat(this.conversations.find(thread).orElseThrow().awaitingSince()).isNull();
		assertThat(this.conversations.events(thread)).extracting(ThreadEvent::type)
			.containsExactly(ThreadEvent.Type.NO_RESPONSE_NEEDED);
		ResponseStats stats = this.responseTimes.stats(seller.id(), T, T.plus(Duration.ofDays(2)));
		assertThat(stats.answered()).isEqualTo(1);
		assertThat(stats.late()).isEqualTo(1);
		assertThat(counts(seller, Role.SELLER).needsResponse()).isZero();
	}

	@Test
	void readMarksClearUnreadAndTheAuthorsOwnMessageCountsAsRead() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Colour", T);
		this.fx.buyerWrites(thread, buyer, "Is it blue?", T);

		assertThat(item(seller, Role.SELLER).unread()).isTrue();
		assertThat(counts(seller, Role.SELLER).unread()).isEqualTo(1);
		assertThat(counts(buyer, Role.BUYER).unread()).isZero();

		this.fx.run(() -> this.conversations.markRead(thread, seller.id(), T.plusSeconds(10)));
		this.fx.run(() -> this.conversations.markRead(thread, seller.id(), T.plusSeconds(11)));

		assertThat(item(seller, Role.SELLER).unread()).isFalse();
		assertThat(counts(seller, Role.SELLER).unread()).isZero();
		assertThat(this.conversations.find(thread).orElseThrow().sellerLastReadSeq()).isEqualTo(1);
		assertThat(this.conversations.events(thread)).hasSize(1);

		this.fx.sellerWrites(thread, seller, "Yes", T.plusSeconds(20));
		assertThat(item(buyer, Role.BUYER).unread()).isTrue();
		assertThat(item(seller, Role.SELLER).unread()).isFalse();
		assertThat(this.conversations.find(thread).orElseThrow().sellerLastReadSeq()).isEqualTo(2);
		assertThatThrownBy(() -> this.fx
			.run(() -> this.conversations.markRead(thread, this.fx.buyer("Stranger").id(), T.plusSeconds(30))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void undeliveredMessagesAndSystemNotesStayOutOfTheBuyersInbox() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Devon");
		Order order = this.fx.order(buyer, seller, T);
		ThreadId thread = this.fx.thread(buyer, seller, order, "Care instructions", T);

		this.fx.append(thread, Fixtures.sellerMessage(seller, Action.PRODUCT_INSTRUCTIONS, "Oil it monthly zanzibar", T,
				true, Delivery.NOT_DELIVERED_OPTED_OUT));
		this.fx.append(thread, Fixtures.systemNote("Not delivered: the buyer has opted out", T.plusMillis(1)));

		assertThat(page(buyer, Role.BUYER, InboxFilter.ALL, null)).isEmpty();
		assertThat(counts(buyer, Role.BUYER).all()).isZero();
		InboxItem sellerRow = item(seller, Role.SELLER);
		assertThat(sellerRow.snippet()).startsWith("Not delivered");
		assertThat(sellerRow.lastSender()).isEqualTo(Sender.SYSTEM);
		assertThat(sellerRow.unread()).isFalse();
		assertThat(page(seller, Role.SELLER, InboxFilter.ALL, "zanzibar")).hasSize(1);

		this.fx.buyerWrites(thread, buyer, "Any news?", T.plusSeconds(60));
		InboxItem buyerRow = item(buyer, Role.BUYER);
		assertThat(buyerRow.messageCount()).isEqualTo(1);
		assertThat(buyerRow.unread()).isFalse();
		assertThat(buyerRow.snippet()).isEqualTo("Any news?");
		assertThat(page(buyer, Role.BUYER, InboxFilter.ALL, "zanzibar")).isEmpty();
		assertThat(page(buyer, Role.BUYER, InboxFilter.ALL, "news")).hasSize(1);
	}

	@Test
	void reviewRequestsAreRemembered() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, this.fx.order(buyer, seller, T), "Review", T);
		this.fx.append(thread,
				Fixtures.sellerMessage(seller, Action.REQUEST_REVIEW, "Please review", T, true, Delivery.DELIVERED));
		assertThat(this.conversations.find(thread).orElseThrow().reviewRequested()).isTrue();
		assertThat(this.conversations.find(thread).orElseThrow().awaitingSince()).isNull();
	}

	@Test
	void attachmentsMoveFromUploadsIntoTheRecordUnderTheSameId() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Photo", T);
		AttachmentInfo photo = this.fx.inTx(() -> this.attachments.upload(buyer.id(), "scratch.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 }, T));
		AttachmentInfo note = this.fx
			.inTx(() -> this.attachments.upload(buyer.id(), "note.txt", "text/plain", "hello".getBytes(), T));
		assertThat(this.attachments.find(photo.id()).orElseThrow().isSent()).isFalse();
		assertThat(note.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");

		Message message = this.fx.append(thread,
				Fixtures.buyerMessage(buyer, "Photo", "See attached", T, List.of(note.id(), photo.id())));

		assertThat(message.attachments()).containsExactly(note, photo);
		StoredAttachment stored = this.attachments.find(photo.id()).orElseThrow();
		assertThat(stored.isSent()).isTrue();
		assertThat(stored.message()).isEqualTo(message.id());
		assertThat(stored.thread()).isEqualTo(thread);
		assertThat(stored.content()).hasSize(7);
		assertThat(this.conversations.messages(thread).get(0).attachments()).containsExactly(note, photo);
		assertThat(this.conversations.verifyChain(thread).isIntact()).isTrue();

		// Sent attachments cannot be sent again, and nobody sends another party's upload.
		assertThatThrownBy(() -> this.fx.append(thread,
				Fixtures.buyerMessage(buyer, "Again", "again", T.plusSeconds(1), List.of(photo.id()))))
			.isInstanceOf(IllegalStateException.class);
		AttachmentInfo sellers = this.fx
			.inTx(() -> this.attachments.upload(seller.id(), "invoice.pdf", "application/pdf", new byte[] { 1 }, T));
		assertThatThrownBy(() -> this.fx.append(thread,
				Fixtures.buyerMessage(buyer, "Theirs", "theirs", T.plusSeconds(1), List.of(sellers.id()))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.conversations.messages(thread)).hasSize(1);
	}

	@Test
	void anUploadKeepsWhatTheRulesReadFromItAndASendSeesItWithoutTheBytes() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Offer", T);
		Extraction extraction = new Extraction(List.of(new Extraction.Part(Extraction.PartKind.PAGE, 1, "Invoice 42"),
				new Extraction.Part(Extraction.PartKind.PAGE, 2, "mail me at a@b.example, or \0 call"),
				new Extraction.Part(Extraction.PartKind.LINKS, 1, "https://elsewhere.example.org/")), null);
		AttachmentReading reading = new AttachmentReading("application/pdf", extraction);
		AttachmentInfo offer = this.fx.inTx(() -> this.uploads.stage(buyer.id(), "offer.pdf", "application/pdf",
				new byte[] { '%', 'P', 'D', 'F' }, reading, T));
		AttachmentReading refused = new AttachmentReading("application/pdf", new Extraction(List.of(),
				new Extraction.Refusal(Extraction.Reason.ACTIVE_CONTENT, "javascript", "/JS")));
		AttachmentInfo script = this.fx.inTx(() -> this.uploads.stage(seller.id(), "script.pdf", "application/pdf",
				new byte[] { '%', 'P', 'D', 'F', '!' }, refused, T));
		AttachmentInfo unread = this.fx
			.inTx(() -> this.attachments.upload(seller.id(), "old.txt", "text/plain", "old".getBytes(), T));

		Uploads.Upload staged = this.uploads.staged(offer.id()).orElseThrow();
		assertThat(staged.info()).isEqualTo(offer);
		assertThat(staged.owner()).isEqualTo(buyer.id());
		assertThat(staged.isSent()).isFalse();
		assertThat(staged.reading()).isEqualTo(reading);
		assertThat(staged.reading().extraction().parts().get(1).text()).isEqualTo("mail me at a@b.example, or   call");
		assertThat(this.uploads.staged(script.id()).orElseThrow().reading()).isEqualTo(refused);
		assertThat(this.uploads.staged(unread.id()).orElseThrow().reading()).isNull();
		assertThatThrownBy(() -> this.fx
			.inTx(() -> this.uploads.stage(seller.id(), "offer.txt", "text/plain", new byte[] { 'x' }, reading, T)))
			.isInstanceOf(IllegalArgumentException.class);

		this.fx.append(thread, Fixtures.buyerMessage(buyer, "Offer", "attached", T, List.of(offer.id())));

		Uploads.Upload sent = this.uploads.staged(offer.id()).orElseThrow();
		assertThat(sent.isSent()).isTrue();
		assertThat(sent.info()).isEqualTo(offer);
		assertThat(this.uploads.staged(AttachmentId.of(Long.MAX_VALUE))).isEmpty();
	}

	@Test
	void reportsNameAMessageOfTheOtherParty() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		ThreadId thread = this.fx.thread(buyer, seller, null, "Spam", T);
		Message own = this.fx.buyerWrites(thread, buyer, "Hi", T);
		Message theirs = this.fx.sellerWrites(thread, seller, "Buy more!", T.plusSeconds(1));

		ThreadEvent report = this.fx.inTx(() -> this.conversations.report(thread, buyer.id(), theirs.id(),
				ReportReason.SPAM, "again", T.plusSeconds(2)));

		assertThat(report.type()).isEqualTo(ThreadEvent.Type.REPORT);
		assertThat(report.message()).isEqualTo(theirs.id());
		assertThat(report.reason()).isEqualTo("SPAM");
		assertThatThrownBy(() -> this.fx.inTx(() -> this.conversations.report(thread, buyer.id(), own.id(),
				ReportReason.SPAM, null, T.plusSeconds(3))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void writesNeedTheCallersTransaction() {
		assertThatThrownBy(() -> this.conversations.lock(ThreadId.of(1)))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	private List<InboxItem> page(Account viewer, Role role, InboxFilter filter, String search) {
		return this.inbox.page(new InboxQuery(viewer.id(), role, filter, search, null, null, null, 25)).items();
	}

	private InboxItem item(Account viewer, Role role) {
		List<InboxItem> items = page(viewer, role, InboxFilter.ALL, null);
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private dev.parley.core.inbox.InboxCounts counts(Account viewer, Role role) {
		return this.inbox.counts(new InboxQuery(viewer.id(), role, InboxFilter.ALL, null, null, null, null, 25));
	}

}
