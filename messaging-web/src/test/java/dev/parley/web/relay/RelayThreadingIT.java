package dev.parley.web.relay;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import dev.parley.core.account.Account;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.platform.Caller;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Emails from real clients over real SMTP: every threading branch (references, order id,
 * subject, the only thread, the ambiguous bounce), an email about order B never filed
 * under order A, Outlook replies stripped of their quote (the seller's quoting the alias
 * included), the notice of redactions and flags, links to the conversation page, and the
 * bounce for an email without {@code From}.
 */
class RelayThreadingIT extends RelayTestSupport {

	static final int SMTP_PORT = freePort();

	static final GreenMail greenMail = startGreenMail(SMTP_PORT);

	static final String BASE_URL = "https://market.example.test";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		relayProperties(registry, SMTP_PORT);
		registry.add("parley.marketplace.base-url", () -> BASE_URL);
	}

	@AfterAll
	static void stopGreenMail() {
		greenMail.stop();
	}

	@Override
	GreenMail greenMail() {
		return greenMail;
	}

	// --- threading

	@Test
	void aReplyNamingOurMessageIdGoesToThatThreadWhateverItsSubjectSays() throws Exception {
		Pair pair = pairWithTwoOrders();
		Message inB = messages(pair.threadB()).get(0);
		smtpSend(pair.buyer().email(), pair.sellerAlias(), "Re: Where is my parcel?", "Answering the colour one.",
				Map.of("In-Reply-To", "<message." + inB.id() + "@" + RELAY_DOMAIN + ">"));
		assertThat(last(pair.threadB()).text()).isEqualTo("Answering the colour one.");
		assertThat(messages(pair.threadA())).hasSize(1);
	}

	@Test
	void anOrderIdInTheSubjectOrTheTextPicksThatOrdersThread() throws Exception {
		Pair pair = pairWithTwoOrders();
		smtpSend(pair.buyer().email(), pair.sellerAlias(), "Question about order " + pair.orderB().id(),
				"Can I change the colour?", Map.of());
		assertThat(last(pair.threadB()).text()).isEqualTo("Can I change the colour?");
		smtpSend(pair.buyer().email(), pair.sellerAlias(), "A question",
				"About " + pair.orderA().id() + ": has it left?", Map.of());
		assertThat(last(pair.threadA()).text()).isEqualTo("About " + pair.orderA().id() + ": has it left?");
		assertThat(messages(pair.threadA())).hasSize(2);
		assertThat(messages(pair.threadB())).hasSize(2);
	}

	@Test
	void aSubjectMatchingOneThreadWithLocalizedPrefixesPicksIt() throws Exception {
		Pair pair = pairWithTwoOrders();
		smtpSend(pair.buyer().email(), pair.sellerAlias(), "AW: WG: Wrong colour", "Blue, not green.", Map.of());
		assertThat(last(pair.threadB()).text()).isEqualTo("Blue, not green.");
		smtpSend(pair.buyer().email(), pair.sellerAlias(), "RE : where is my parcel?", "Still waiting.", Map.of());
		assertThat(last(pair.threadA()).text()).isEqualTo("Still waiting.");
	}

	@Test
	void thePairsOnlyThreadTakesAnEmailThatNamesNothing() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = question(buyer, order(buyer, seller, Duration.ofDays(2)), "Where is my parcel?");
		smtpSend(buyer.email(), sellerAlias(buyer, seller), "Hello", "Any news?", Map.of());
		assertThat(last(thread).text()).isEqualTo("Any news?");
	}

	@Test
	void anEmailThatCouldBelongToSeveralConversationsIsBouncedWithTheirList() throws Exception {
		Pair pair = pairWithTwoOrders();
		smtpSend(pair.buyer().email(), pair.sellerAlias(), "Hello", "Any news?", Map.of());
		MimeMessage bounce = awaitMail(pair.buyer().email(), (mail) -> header(mail, "Subject").startsWith("Not"));
		assertThat(textPart(bounce)).contains("RELAY_AMBIGUOUS")
			.contains("Reply to the notification email of the conversation you mean")
			.contains("Order " + pair.orderA().id() + ": Where is my parcel?")
			.contains("Order " + pair.orderB().id() + ": Wrong colour")
			.contains("Nothing was added to the conversation");
		assertThat(header(bounce, "Message-ID"))
			.matches("<notice\\.[0-9a-f-]+@" + RELAY_DOMAIN.replace(".", "\\.") + ">");
		assertThat(messages(pair.threadA())).hasSize(1);
		assertThat(messages(pair.threadB())).hasSize(1);
	}

	@Test
	void anEmailAboutOrderBNeverLandsInOrderAsThread() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		Order orderA = order(buyer, seller, Duration.ofDays(2));
		Order orderB = order(buyer, seller, Duration.ofDays(1));
		ThreadId threadA = question(buyer, orderA, "Where is my parcel?");
		String alias = sellerAlias(buyer, seller);
		// A's is the pair's only thread and its subject matches; B has no thread yet.
		smtpSend(buyer.email(), alias, "Re: Where is my parcel? (order " + orderB.id() + ")", "And this one?",
				Map.of());
		smtpSend(buyer.email(), alias, "Hello", "My order " + orderB.id() + " has not arrived.", Map.of());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailsTo(buyer.email()).stream()
				.filter((mail) -> header(mail, "Subject").startsWith("Not delivered"))
				.count() == 2);
		for (MimeMessage bounce : mailsTo(buyer.email())) {
			assertThat(textPart(bounce)).contains("RELAY_ORDER_WITHOUT_CONVERSATION")
				.contains("Your email is about order " + orderB.id() + ", which has no conversation")
				.contains("Order " + orderA.id() + ": Where is my parcel?");
		}
		assertThat(messages(threadA)).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM thread WHERE order_id = ?", Long.class,
				orderB.id().value()))
			.isZero();
	}

	// --- clients

	@Test
	void aSellersOutlookReplyQuotingTheAliasIsDeliveredWithTheQuoteStripped() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = question(buyer, order(buyer, seller, Duration.ofDays(2)), "One drawer arrived cracked");
		String buyerAlias = this.aliases.obtain(buyer.id(), seller.id()).buyerLocalPart() + "@" + RELAY_DOMAIN;
		String notification = notificationEmail(seller);
		smtpSend(notification, buyerAlias, "RE: One drawer arrived cracked",
				"Hello Ben,\r\n\r\nWe will send a replacement drawer tomorrow.\r\n\r\nBest,\r\nNorthwind\r\n\r\n"
						+ "From: Ben Carter via Parley Marketplace <" + buyerAlias + ">\r\n"
						+ "Sent: Monday, March 2, 2026 9:12 AM\r\nTo: " + notification + "\r\n"
						+ "Subject: One drawer arrived cracked\r\n\r\nOne drawer arrived cracked.\r\n",
				Map.of());
		Message reply = last(thread);
		assertThat(reply.author()).isEqualTo(seller.id());
		// The stored text has one line per paragraph.
		assertThat(reply.text()).isEqualTo("Hello Ben,\nWe will send a replacement drawer tomorrow.\nBest,\nNorthwind");
		assertThat(this.jdbc.queryForObject("SELECT awaiting_since FROM thread WHERE id = ?", java.sql.Timestamp.class,
				thread.value()))
			.isNull();
		assertThat(mailsTo(notification)).noneMatch((mail) -> header(mail, "Subject").startsWith("Not delivered"));
	}

	@Test
	void aBuyersGermanOutlookReplyIsStoredWithoutTheHistory() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = question(buyer, order(buyer, seller, Duration.ofDays(2)), "Wo ist mein Paket?");
		String alias = sellerAlias(buyer, seller);
		smtpSend(buyer.email(), alias, "AW: Wo ist mein Paket?",
				"Danke!\n\nVon meinem iPhone gesendet\n\n________________________________\nVon: Northwind via Parley "
						+ "Marketplace <" + alias + ">\nGesendet: Montag, 2. März 2026 10:00\nAn: Ben\n"
						+ "Betreff: Wo ist mein Paket?\n\nDas Paket geht am Montag raus.\n",
				Map.of());
		assertThat(last(thread).text()).isEqualTo("Danke!");
	}

	// --- notices and links

	@Test
	void aRedactedAndFlaggedEmailIsDeliveredAndItsSenderToldEachRuleAndExcerpt() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = question(buyer, order(buyer, seller, Duration.ofDays(2)), "Where is my parcel?");
		smtpSend(buyer.email(), sellerAlias(buyer, seller), "Re: Where is my parcel?",
				"Write to ben.private@home.example or see https://photos.example/label for the label.", Map.of());
		Message stored = last(thread);
		assertThat(stored.text()).contains("[removed]").doesNotContain("ben.private@home.example");
		MimeMessage notice = awaitMail(buyer.email(),
				(mail) -> header(mail, "Subject").startsWith("Delivered with changes"));
		assertThat(header(notice, "Subject")).isEqualTo("Delivered with changes: Re: Where is my parcel?");
		assertThat(header(notice, "From")).contains("mailer-daemon@" + RELAY_DOMAIN);
		assertThat(header(notice, "Auto-Submitted")).isEqualTo("auto-replied");
		assertThat(header(notice, "Message-ID")).endsWith("@" + RELAY_DOMAIN + ">");
		assertThat(textPart(notice)).contains("was delivered, with changes")
			.contains("CONTACT_EMAIL: Removed, the other party sees [removed] instead:")
			.contains("In your email: \"ben.private@home.example\"")
			.contains("LINK_EXTERNAL: Delivered and sent to our team for review:")
			.contains("https://photos.example/label");
	}

	@Test
	void notificationEmailsLinkToTheConversationPageUnderTheConfiguredBaseUrl() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = question(buyer, order(buyer, seller, Duration.ofDays(2)), "Where is my parcel?");
		MimeMessage toSeller = awaitMail(notificationEmail(seller), (mail) -> true);
		String sellerLink = BASE_URL + "/seller/threads/" + thread.value();
		assertThat(textPart(toSeller)).contains(sellerLink);
		assertThat(htmlPart(toSeller)).contains("href=\"" + sellerLink + "\"");
		posted(this.messaging.reply(Caller.of(seller), thread, Compose.of(null, "<p>It ships on Monday.</p>")));
		MimeMessage toBuyer = awaitMail(buyer.email(), (mail) -> true);
		assertThat(textPart(toBuyer)).contains(BASE_URL + "/buyer/threads/" + thread.value());
		assertThat(htmlPart(toBuyer)).contains("href=\"" + BASE_URL + "/buyer/threads/" + thread.value() + "\"");
	}

	@Test
	void anEmailWithoutFromGetsItsOwnBounce() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = question(buyer, order(buyer, seller, Duration.ofDays(2)), "Where is my parcel?");
		MimeMessage mail = new ClientMessage(clientSession());
		mail.setRecipients(RecipientType.TO, sellerAlias(buyer, seller));
		mail.setSubject("Re: Where is my parcel?");
		mail.setText("No From header here.");
		smtpSend(buyer.email(), mail);
		MimeMessage bounce = awaitMail(buyer.email(), (b) -> header(b, "Subject").startsWith("Not delivered"));
		assertThat(textPart(bounce)).contains("RELAY_NO_FROM")
			.contains("has no From address")
			.doesNotContain("RELAY_SENDER");
		assertThat(header(bounce, "Message-ID")).endsWith("@" + RELAY_DOMAIN + ">").doesNotContain("localhost");
		assertThat(messages(thread)).hasSize(1);
	}

	// --- helpers

	record Pair(Account buyer, Account seller, Order orderA, Order orderB, ThreadId threadA, ThreadId threadB,
			String sellerAlias) {
	}

	Pair pairWithTwoOrders() {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		Order orderA = order(buyer, seller, Duration.ofDays(2));
		Order orderB = order(buyer, seller, Duration.ofDays(1));
		ThreadId threadA = question(buyer, orderA, "Where is my parcel?");
		ThreadId threadB = question(buyer, orderB, "Wrong colour");
		return new Pair(buyer, seller, orderA, orderB, threadA, threadB, sellerAlias(buyer, seller));
	}

	ThreadId question(Account buyer, Order order, String subject) {
		return posted(this.messaging.sendToOrder(Caller.of(buyer), order.id(),
				new Compose(null, Topic.SHIPPING, subject, "<p>" + subject + "</p>", List.of())))
			.thread();
	}

	/** The thread's newest message (the listener has answered, so it is stored). */
	Message last(ThreadId thread) {
		List<Message> messages = messages(thread);
		return messages.get(messages.size() - 1);
	}

}
