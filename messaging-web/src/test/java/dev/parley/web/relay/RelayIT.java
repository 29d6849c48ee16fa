package dev.parley.web.relay;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import dev.parley.core.account.Account;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.testing.SampleFiles;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The relay end to end over real SMTP: notifications from aliases, replies by email into
 * the same thread, refusals at RCPT, bounces, the rules applied to emailed replies.
 */
class RelayIT extends RelayTestSupport {

	static final int SMTP_PORT = freePort();

	static final GreenMail greenMail = startGreenMail(SMTP_PORT);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		relayProperties(registry, SMTP_PORT);
		registry.add("parley.relay.outbound.workers", () -> 2);
		registry.add("parley.relay.inbound.max-message-size", () -> "1MB");
	}

	@AfterAll
	static void stopGreenMail() {
		greenMail.stop();
	}

	@Override
	GreenMail greenMail() {
		return greenMail;
	}

	@Test
	void aSellerReplyReachesTheBuyerFromTheSellerAliasAndTheBuyersEmailedReplyLandsInTheSameThread() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		Order order = order(buyer, seller, Duration.ofDays(2));

		ThreadId thread = posted(this.messaging.sendToOrder(Caller.of(buyer), order.id(), new Compose(null,
				Topic.SHIPPING, "Where is my parcel?", "<p>Hello, where is my parcel?</p>", List.of())))
			.thread();
		Message question = messages(thread).get(0);
		MimeMessage toSeller = awaitMail(notificationEmail(seller), (mail) -> true);
		String buyerAlias = address(header(toSeller, "From"));
		assertThat(personal(header(toSeller, "From"))).isEqualTo("Ben Carter via Parley Marketplace");
		assertThat(buyerAlias).endsWith("@" + RELAY_DOMAIN);
		assertThat(header(toSeller, "Reply-To")).isEqualTo(header(toSeller, "From"));
		assertThat(header(toSeller, "Message-ID")).isEqualTo("<message." + question.id() + "@" + RELAY_DOMAIN + ">");

		Message reply = posted(this.messaging.reply(Caller.of(seller), thread,
				Compose.of(null, "<p>It left our warehouse on <b>Monday</b>; expect it tomorrow.</p>")))
			.message();
		MimeMessage toBuyer = awaitMail(buyer.email(), (mail) -> true);
		String sellerAlias = address(header(toBuyer, "From"));
		assertThat(personal(header(toBuyer, "From"))).isEqualTo("Northwind Outfitters via Parley Marketplace");
		assertThat(sellerAlias).matches("[a-z2-7]{16}@" + RELAY_DOMAIN.replace(".", "\\.")).isNotEqualTo(buyerAlias);
		assertThat(header(toBuyer, "Reply-To")).contains(sellerAlias);
		assertThat(header(toBuyer, "Subject")).isEqualTo("Where is my parcel?");
		assertThat(header(toBuyer, "Message-ID")).isEqualTo("<message." + reply.id() + "@" + RELAY_DOMAIN + ">");
		assertThat(header(toBuyer, "In-Reply-To")).isEqualTo(header(toSeller, "Message-ID"));
		assertThat(header(toBuyer, "References")).contains(header(toSeller, "Message-ID"));
		assertThat(textPart(toBuyer)).contains("Northwind Outfitters wrote about order " + order.id())
			.contains("It left our warehouse on Monday; expect it tomorrow.");
		assertThat(htmlPart(toBuyer)).contains("<b>Monday</b>");

		// The buyer answers from their mail client, quoting as clients do.
		smtpSend(buyer.email(), sellerAlias, "Re: Where is my parcel?",
				"Great, I will be home tomorrow morning.\n\nOn Mon, 2 Mar 2026 at 10:00, Northwind Outfitters via "
						+ "Parley Marketplace <" + sellerAlias + "> wrote:\n> It left our warehouse on Monday; "
						+ "expect it tomorrow.\n",
				Map.of("In-Reply-To", header(toBuyer, "Message-ID"), "References",
						header(toSeller, "Message-ID") + " " + header(toBuyer, "Message-ID")));

		await().atMost(Duration.ofSeconds(10)).until(() -> messages(thread).size() == 3);
		Message emailed = messages(thread).get(2);
		assertThat(emailed.author()).isEqualTo(buyer.id());
		assertThat(emailed.action()).isEqualTo(Action.BUYER_QUESTION);
		assertThat(emailed.text()).isEqualTo("Great, I will be home tomorrow morning.");
		assertThat(emailed.subject()).isEqualTo("Where is my parcel?");
		MimeMessage relayed = awaitMail(notificationEmail(seller),
				(mail) -> header(mail, "Message-ID").equals("<message." + emailed.id() + "@" + RELAY_DOMAIN + ">"));
		assertThat(textPart(relayed)).contains("Great, I will be home tomorrow morning.").doesNotContain("wrote:");
		assertThat(address(header(relayed, "From"))).isEqualTo(buyerAlias);
	}

	@Test
	void mailToAnUnknownAliasOrAnotherDomainIsRefusedAtRcpt() {
		Account buyer = buyer("Ben Carter");
		for (String to : List.of("aaaaaaaaaaaaaaaa@" + RELAY_DOMAIN, "not-an-alias@" + RELAY_DOMAIN,
				"someone@elsewhere.example")) {
			assertThatExceptionOfType(SendFailedException.class)
				.isThrownBy(() -> smtpSend(buyer.email(), to, "Hello", "Hello", Map.of()))
				.satisfies((ex) -> assertThat(ex.getInvalidAddresses()).hasSize(1))
				.satisfies((ex) -> assertThat(ex.getNextException()).hasMessageStartingWith("550 5.1.1"));
		}
	}

	@Test
	void mailFromTheWrongSenderIsBouncedAndNotStored() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);
		String stranger = "stranger-" + System.nanoTime() + "@mail.example";

		smtpSend(stranger, sellerAlias, "Re: Where is my parcel?", "Give me your real address.", Map.of());

		// No bounce to a sender that failed authentication (it is likely forged: a bounce
		// would be backscatter); nothing stored.
		org.awaitility.Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> mailsTo(stranger).isEmpty());
		assertThat(messages(thread)).hasSize(2);

		// The right address in the envelope but another in From: the same.
		String from = "From: \"Ben\" <" + stranger + ">";
		MimeMessage forged = new MimeMessage(clientSession());
		forged.setHeader("From", from.substring("From: ".length()));
		forged.setRecipients(RecipientType.TO, sellerAlias);
		forged.setSubject("Forged");
		forged.setText("Forged");
		smtpSend(buyer.email(), forged);
		MimeMessage second = awaitMail(buyer.email(),
				(mail) -> header(mail, "Subject") != null && header(mail, "Subject").contains("Forged"));
		assertThat(header(second, "From")).contains("mailer-daemon@" + RELAY_DOMAIN);
		assertThat(header(second, "Auto-Submitted")).isEqualTo("auto-replied");
		assertThat(textPart(second)).contains("RELAY_SENDER")
			.contains("only accepts email from the registered address")
			.doesNotContain(seller.email());
		assertThat(messages(thread)).hasSize(2);
	}

	@Test
	void anEmailAddressInAnEmailedReplyFollowsTheRulesSellerBlockedWithABounceBuyerRedacted() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);
		String buyerAlias = buyerAlias(seller);

		smtpSend(notificationEmail(seller), buyerAlias, "Re: Where is my parcel?",
				"Write to me directly at orders@northwind-direct.example and I will sort it out.", Map.of());
		MimeMessage bounce = awaitMail(notificationEmail(seller),
				(mail) -> header(mail, "Subject").startsWith("Not delivered"));
		assertThat(header(bounce, "Subject")).isEqualTo("Not delivered: Re: Where is my parcel?");
		assertThat(textPart(bounce)).contains("CONTACT_EMAIL")
			.contains("Remove the email address \"orders@northwind-direct.example\"")
			.contains("In your email: \"orders@northwind-direct.example\"")
			.contains("Nothing was added to the conversation");
		assertThat(messages(thread)).hasSize(2);

		smtpSend(buyer.email(), sellerAlias, "Re: Where is my parcel?",
				"You can also reach me at ben.private@home.example if that is easier.", Map.of());
		await().atMost(Duration.ofSeconds(10)).until(() -> messages(thread).size() == 3);
		Message redacted = messages(thread).get(2);
		assertThat(redacted.text()).isEqualTo("You can also reach me at [removed] if that is easier.");
		MimeMessage toSeller = awaitMail(notificationEmail(seller),
				(mail) -> header(mail, "Message-ID").contains("message." + redacted.id() + "@"));
		assertThat(everything(toSeller)).contains("[removed]").doesNotContain("ben.private@home.example");
	}

	@Test
	void aQuotedImportantTagInAReplyToACriticalMessageIsNotMisuseButATypedOneIs() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		Order order = order(buyer, seller, null);
		ThreadId thread = posted(this.messaging.sendToOrder(Caller.of(seller), order.id(),
				new Compose(Action.SHIPPING_ADDRESS_ISSUE, null, "Shipping address issue",
						"<p>The carrier reports that the house number is missing. Please check it.</p>", List.of())))
			.thread();
		MimeMessage critical = awaitMail(buyer.email(), (mail) -> true);
		assertThat(header(critical, "Subject")).isEqualTo("[Important] Shipping address issue");
		String sellerAlias = address(header(critical, "Reply-To"));

		smtpSend(buyer.email(), sellerAlias, "Re: [Important] Shipping address issue",
				"It is number 12, sorry about that.", Map.of("In-Reply-To", header(critical, "Message-ID")));
		await().atMost(Duration.ofSeconds(10)).until(() -> messages(thread).size() == 2);
		assertThat(messages(thread).get(1).subject()).isEqualTo("Shipping address issue");
		assertThat(messages(thread).get(1).important()).isFalse();

		smtpSend(buyer.email(), sellerAlias, "[Important] Refund me now", "I want a refund.", Map.of());
		MimeMessage bounce = awaitMail(buyer.email(), (mail) -> header(mail, "Subject").startsWith("Not delivered"));
		assertThat(textPart(bounce)).contains("IMPORTANT_MISUSE");
		assertThat(messages(thread)).hasSize(2);
	}

	@Test
	void attachmentsTravelBothWaysAndObeyTheUploadRules() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);

		MimeMessage withPdf = multipart(buyer.email(), sellerAlias, "Re: Where is my parcel?",
				"Here is the photo of the label.", "label.pdf", pdf());
		smtpSend(buyer.email(), withPdf);
		await().atMost(Duration.ofSeconds(10)).until(() -> messages(thread).size() == 3);
		Message emailed = messages(thread).get(2);
		assertThat(emailed.attachments()).singleElement()
			.satisfies((file) -> assertThat(file.fileName()).isEqualTo("label.pdf"));
		MimeMessage toSeller = awaitMail(notificationEmail(seller),
				(mail) -> header(mail, "Message-ID").contains("message." + emailed.id() + "@"));
		assertThat(attachmentNames(toSeller)).containsExactly("label.pdf");

		MimeMessage withExe = multipart(buyer.email(), sellerAlias, "Re: Where is my parcel?", "A tool for you.",
				"tool.exe", new byte[] { 'M', 'Z', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
		smtpSend(buyer.email(), withExe);
		MimeMessage bounce = awaitMail(buyer.email(), (mail) -> header(mail, "Subject").startsWith("Not delivered"));
		assertThat(textPart(bounce)).contains("ATTACHMENT_TYPE").contains("tool.exe");
		assertThat(messages(thread)).hasSize(3);
	}

	@Test
	void anEmailOverTheSizeLimitIsRefusedWith552() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);
		MimeMessage big = multipart(buyer.email(), sellerAlias, "Re: Where is my parcel?", "A large photo.",
				"photo.pdf", new byte[1024 * 1024]);
		assertThatExceptionOfType(MessagingException.class).isThrownBy(() -> smtpSend(buyer.email(), big))
			.withMessageContaining("552");
		assertThat(messages(thread)).hasSize(2);
	}

	@Test
	void theSameEmailDeliveredTwiceIsPostedOnce() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);
		Map<String, String> headers = Map.of("Message-ID", "<retry-" + System.nanoTime() + "@client.example>");
		smtpSend(buyer.email(), sellerAlias, "Re: Where is my parcel?", "Sent twice by a retrying client.", headers);
		smtpSend(buyer.email(), sellerAlias, "Re: Where is my parcel?", "Sent twice by a retrying client.", headers);
		await().atMost(Duration.ofSeconds(10)).until(() -> messages(thread).size() == 3);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM message WHERE thread_id = ?", Long.class,
				thread.value()))
			.isEqualTo(3);
	}

	@Test
	void controlCharactersInAnEmailedReplyAreStrippedAndTheReplyIsPostedOnce() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);
		// NUL (which PostgreSQL cannot store), a bell, a C1 control and a right-to-left
		// override, in the body and the subject.
		Map<String, String> headers = Map.of("Message-ID", "<controls-" + System.nanoTime() + "@client.example>");
		smtpSend(buyer.email(), sellerAlias, "Re: Where is my\u0000 parcel?",
				"Has it\u0000 left\u0007 the\u0085 warehouse\u202E yet?", headers);
		await().atMost(Duration.ofSeconds(10)).until(() -> messages(thread).size() == 3);
		Message posted = messages(thread).get(2);
		assertThat(posted.text()).isEqualTo("Has it left the warehouse yet?");
		assertThat(posted.subject()).doesNotContain("\u0000");
		// Delivered again (a client that saw no answer retries): recognised, not posted
		// twice.
		smtpSend(buyer.email(), sellerAlias, "Re: Where is my\u0000 parcel?", "Has it\u0000 left?", headers);
		Thread.sleep(1000);
		assertThat(messages(thread)).hasSize(3);
	}

	@Test
	void aSellerWhoTurnedNotificationsOffBeforeTheEmailWentOutGetsNone() {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		Order order = order(buyer, seller, Duration.ofDays(2));
		String notification = notificationEmail(seller);
		// The message is queued while notifications are on, and they go off before the
		// worker sees it: the same transaction, so the worker cannot win the race.
		SendResult.Posted question = this.transactions.execute((status) -> {
			SendResult.Posted posted = posted(this.messaging.sendToOrder(Caller.of(buyer), order.id(),
					new Compose(null, Topic.OTHER, "Gift wrap?", "<p>Can you gift wrap it?</p>", List.of())));
			this.accounts.saveSellerSettings(seller.id(), new dev.parley.core.account.SellerSettings(false,
					notification, dev.parley.core.account.MessagingStatus.ACTIVE));
			return posted;
		});
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("SELECT status FROM outbox_email WHERE message_id = ?", String.class,
					question.message().id().value()), "SKIPPED"::equals);
		assertThat(mailsTo(notification)).isEmpty();
	}

	@Test
	void realAddressesNeverReachTheOtherPartyWhateverTheKindOfMessage() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		String notification = notificationEmail(seller);
		List<String> buyerAddresses = List.of(buyer.email());
		List<String> sellerAddresses = List.of(seller.email(), notification);

		// A buyer question, and the seller's reply.
		ThreadId thread = conversation(buyer, seller);
		String sellerAlias = sellerAlias(buyer);
		String buyerAlias = buyerAlias(seller);
		// A proactive critical message: with an attachment whose name carries the
		// seller's address it is refused (the name is checked like the body); with a
		// plain name it goes.
		Order other = order(buyer, seller, null);
		Compose critical = new Compose(Action.PAYMENT_ISSUE, null, "Payment declined",
				"<p>Your card was declined; please update the payment on the order page.</p>",
				List.of(uploaded(seller, "invoice-" + notification + ".pdf")));
		SendResult named = this.messaging.sendToOrder(Caller.of(seller), other.id(), critical);
		assertThat(named).isInstanceOf(SendResult.Rejected.class);
		assertThat(((SendResult.Rejected) named).decision().violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo(dev.parley.core.policy.RuleId.CONTACT_EMAIL);
			assertThat(violation.location().part()).isEqualTo(dev.parley.core.policy.Violation.Location.Part.FILE_NAME);
		});
		posted(this.messaging.sendToOrder(Caller.of(seller), other.id(), new Compose(critical.action(),
				critical.topic(), critical.subject(), critical.body(), List.of(uploaded(seller, "invoice.pdf")))));
		// A redacted buyer message that gives the buyer's own address.
		posted(this.messaging.reply(Caller.of(buyer), thread,
				Compose.of(null, "<p>Or write to " + buyer.email() + " if you prefer.</p>")));
		// Replies relayed from the parties' mail clients, signatures with their
		// addresses.
		smtpSend(buyer.email(), sellerAlias, "Re: Where is my parcel?",
				"Thanks, see you Monday.\n\n-- \nBen Carter\n" + buyer.email() + "\n", Map.of());
		smtpSend(notification, buyerAlias, "Re: Where is my parcel?",
				"You are welcome.\n\n-- \nNorthwind Outfitters\n" + notification + "\n", Map.of());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> mailsTo(buyer.email()).size() >= 3 && mailsTo(notification).size() >= 3);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM outbox_email o JOIN message m ON m.id = o.message_id "
							+ "JOIN thread t ON t.id = m.thread_id WHERE t.buyer_id = ? AND o.status = 'PENDING'",
					Long.class, buyer.id().value()) == 0);

		List<MimeMessage> toBuyer = mailsTo(buyer.email());
		List<MimeMessage> toSeller = mailsTo(notification);
		assertThat(toBuyer).extracting((mail) -> header(mail, "Subject"))
			.contains("Where is my parcel?", "[Important] Payment declined");
		assertThat(toSeller).hasSize(3);
		assertThat(toBuyer).hasSize(3);
		for (MimeMessage mail : toBuyer) {
			String seen = everything(mail).toLowerCase();
			for (String address : sellerAddresses) {
				assertThat(seen).as(header(mail, "Subject")).doesNotContain(address.toLowerCase());
			}
		}
		for (MimeMessage mail : toSeller) {
			String seen = everything(mail).toLowerCase();
			for (String address : buyerAddresses) {
				assertThat(seen).as(header(mail, "Subject")).doesNotContain(address.toLowerCase());
			}
		}
		MimeMessage importantMail = toBuyer.stream()
			.filter((mail) -> header(mail, "Subject").startsWith("[Important]"))
			.findFirst()
			.orElseThrow();
		assertThat(attachmentNames(importantMail)).containsExactly("invoice.pdf");
	}

	// --- helpers

	@org.springframework.beans.factory.annotation.Autowired
	dev.parley.web.attachment.AttachmentService uploads;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/** A PDF uploaded by the account under the name. */
	dev.parley.core.conversation.AttachmentId uploaded(Account account, String name) {
		return ((dev.parley.web.attachment.UploadResult.Stored) this.uploads.upload(Caller.of(account), name, pdf()))
			.info()
			.id();
	}

	/** A question and its answer, both emailed; returns the thread. */
	ThreadId conversation(Account buyer, Account seller) {
		Order order = order(buyer, seller, Duration.ofDays(2));
		ThreadId thread = posted(this.messaging.sendToOrder(Caller.of(buyer), order.id(),
				new Compose(null, Topic.SHIPPING, "Where is my parcel?", "<p>Where is my parcel?</p>", List.of())))
			.thread();
		posted(this.messaging.reply(Caller.of(seller), thread, Compose.of(null, "<p>It ships on Monday.</p>")));
		return thread;
	}

	/** The seller's alias as the buyer sees it, read from the email the buyer got. */
	String sellerAlias(Account buyer) {
		return address(header(awaitMail(buyer.email(), (mail) -> true), "Reply-To"));
	}

	String buyerAlias(Account seller) {
		return address(header(awaitMail(notificationEmail(seller), (mail) -> true), "Reply-To"));
	}

	static String personal(String header) {
		try {
			return new jakarta.mail.internet.InternetAddress(header).getPersonal();
		}
		catch (jakarta.mail.internet.AddressException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String address(String header) {
		int open = header.lastIndexOf('<');
		return (open >= 0) ? header.substring(open + 1, header.indexOf('>', open)) : header.strip();
	}

	MimeMessage multipart(String from, String to, String subject, String text, String fileName, byte[] content)
			throws MessagingException {
		MimeMessage mail = new MimeMessage(clientSession());
		mail.setFrom(from);
		mail.setRecipients(RecipientType.TO, to);
		mail.setSubject(subject);
		MimeMultipart multipart = new MimeMultipart();
		MimeBodyPart body = new MimeBodyPart();
		body.setText(text, "UTF-8");
		multipart.addBodyPart(body);
		MimeBodyPart file = new MimeBodyPart();
		file.setContent(content, "application/octet-stream");
		file.setFileName(fileName);
		file.setDisposition(jakarta.mail.Part.ATTACHMENT);
		multipart.addBodyPart(file);
		mail.setContent(multipart);
		return mail;
	}

	static byte[] pdf() {
		return SampleFiles.pdf("Receipt 2026-0042");
	}

	// --- security: bounded, early refusals at the SMTP level

	@Test
	void theSizeLimitIsAnnouncedAndADeclaredOversizeIsRefusedAtMailFrom() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		conversation(buyer, seller);
		try (SmtpConversation smtp = new SmtpConversation(this.listener.port())) {
			assertThat(smtp.command("EHLO client.example")).contains("SIZE 1048576");
			// Refused before a byte of the body is sent.
			assertThat(smtp.command("MAIL FROM:<" + buyer.email() + "> SIZE=74448896")).startsWith("552");
			assertThat(smtp.command("MAIL FROM:<" + buyer.email() + "> SIZE=1000")).startsWith("250");
		}
	}

	@Test
	void anUndeclaredOversizeIsRefusedAfterTheDataAndNothingIsStored() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		try (SmtpConversation smtp = dataFrom(buyer)) {
			String line = "x".repeat(998) + "\r\n";
			StringBuilder body = new StringBuilder("From: <" + buyer.email() + ">\r\nSubject: big\r\n\r\n");
			for (int i = 0; i < 1200; i++) {
				body.append(line);
			}
			assertThat(smtp.command(body + ".")).startsWith("552");
		}
		assertThat(messages(thread)).hasSize(2);
	}

	@Test
	void aFromHeaderWithTwoAddressesIsRefused() throws Exception {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = conversation(buyer, seller);
		try (SmtpConversation smtp = dataFrom(buyer)) {
			String reply = smtp.command("From: <" + buyer.email() + ">, <someone@elsewhere.example>\r\n"
					+ "Subject: Re: Where is my parcel?\r\n\r\nTwo senders.\r\n.");
			assertThat(reply).startsWith("550 5.6.0");
		}
		assertThat(messages(thread)).hasSize(2);
	}

	/** An SMTP conversation from the buyer to the seller's alias, up to the data. */
	private SmtpConversation dataFrom(Account buyer) throws java.io.IOException {
		SmtpConversation smtp = new SmtpConversation(this.listener.port());
		smtp.command("EHLO client.example");
		smtp.command("MAIL FROM:<" + buyer.email() + ">");
		assertThat(smtp.command("RCPT TO:<" + sellerAlias(buyer) + ">")).startsWith("250");
		assertThat(smtp.command("DATA")).startsWith("354");
		return smtp;
	}

	/** A raw SMTP client: one command, one reply. */
	static final class SmtpConversation implements AutoCloseable {

		private final java.net.Socket socket;

		private final java.io.BufferedReader in;

		private final java.io.Writer out;

		SmtpConversation(int port) throws java.io.IOException {
			this.socket = new java.net.Socket("127.0.0.1", port);
			this.socket.setSoTimeout(30_000);
			this.in = new java.io.BufferedReader(new java.io.InputStreamReader(this.socket.getInputStream(),
					java.nio.charset.StandardCharsets.UTF_8));
			this.out = new java.io.OutputStreamWriter(this.socket.getOutputStream(),
					java.nio.charset.StandardCharsets.UTF_8);
			reply();
		}

		String command(String line) throws java.io.IOException {
			this.out.write(line + "\r\n");
			this.out.flush();
			return reply();
		}

		private String reply() throws java.io.IOException {
			StringBuilder reply = new StringBuilder();
			String line;
			do {
				line = this.in.readLine();
				reply.append(line).append('\n');
			}
			while (line != null && line.length() > 3 && line.charAt(3) == '-');
			return reply.toString();
		}

		@Override
		public void close() throws java.io.IOException {
			this.out.write("QUIT\r\n");
			this.out.flush();
			this.socket.close();
		}

	}

}
