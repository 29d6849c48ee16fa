package dev.parley.web.relay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import dev.parley.core.alias.AliasPairs;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.testing.TestOrders;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay over real SMTP on loopback: GreenMail stands for the mail server that
 * outbound email goes to (and where the test users' mailboxes are); tests send email to
 * the relay's inbound listener with Jakarta Mail as any mail client would. Each test
 * class gets its own GreenMail and its own application context, closed after the class so
 * that no listener or worker outlives it.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class RelayTestSupport {

	static final String RELAY_DOMAIN = "relay.parley.test";

	private static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	Accounts accounts;

	@Autowired
	Orders orders;

	@Autowired
	MessagingService messaging;

	@Autowired
	Conversations conversations;

	@Autowired
	InboundSmtpListener listener;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AliasPairs aliases;

	/** Properties shared by every relay test: fast polls and retries, real SMTP. */
	/**
	 * The outbox is one table for every test of this JVM, and the contexts of earlier
	 * test classes have no SMTP server, so their emails wait there. This class's worker
	 * would send that backlog first (oldest first, as in production) and its own emails
	 * late: what the earlier tests queued is set aside before each test.
	 */
	@BeforeEach
	void setAsideEarlierTestsEmails() {
		setAsidePendingEmails(this.jdbc);
	}

	static void setAsidePendingEmails(JdbcTemplate jdbc) {
		jdbc.update("UPDATE outbox_email SET status = 'SKIPPED' WHERE status = 'PENDING'");
	}

	static void relayProperties(DynamicPropertyRegistry registry, int smtpPort) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtpPort);
		registry.add("parley.relay.domain", () -> RELAY_DOMAIN);
		registry.add("parley.relay.inbound.port", () -> 0);
		registry.add("parley.relay.outbound.poll-interval", () -> "100ms");
		registry.add("parley.relay.outbound.connect-timeout", () -> "2s");
		registry.add("parley.relay.outbound.timeout", () -> "5s");
		registry.add("parley.relay.outbound.lease", () -> "60s");
		registry.add("parley.relay.outbound.backoff.initial", () -> "200ms");
		registry.add("parley.relay.outbound.backoff.max", () -> "1s");
		registry.add("parley.relay.outbound.backoff.max-attempts", () -> 1000);
		// GreenMail refuses the null reverse path (MAIL FROM:<>) that bounces use.
		registry.add("parley.relay.bounce-envelope-sender", () -> "mailer-daemon@" + RELAY_DOMAIN);
		// Mail goes straight to the listener, as in development; RelayAuthenticationIT
		// turns the check on.
		registry.add("parley.relay.inbound.authentication.required", () -> false);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GreenMail startGreenMail(int port) {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return greenMail;
	}

	abstract GreenMail greenMail();

	// --- test data

	Account buyer(String name) {
		return register(Role.BUYER, name, Language.EN);
	}

	Account seller(String name) {
		Account seller = register(Role.SELLER, name, Language.EN);
		this.accounts.saveSellerSettings(seller.id(),
				new SellerSettings(true, "notify-" + seller.email(), MessagingStatus.ACTIVE));
		return seller;
	}

	Account register(Role role, String name, Language language) {
		int n = sequence.incrementAndGet();
		String email = name.toLowerCase().replaceAll("[^a-z]", "") + n + "-" + System.nanoTime() + "@mail.example";
		return this.accounts.register(new Accounts.Registration(email, name, "{noop}secret", role, language, false));
	}

	/** The address the buyer writes to: the seller's alias for the pair. */
	String sellerAlias(Account buyer, Account seller) {
		return this.aliases.obtain(buyer.id(), seller.id()).sellerLocalPart() + "@" + RELAY_DOMAIN;
	}

	String notificationEmail(Account seller) {
		return this.accounts.sellerSettings(seller.id()).notificationEmail();
	}

	Order order(Account buyer, Account seller, @Nullable Duration deliveredAgo) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant delivered = (deliveredAgo != null) ? now.minus(deliveredAgo) : null;
		Instant placed = (delivered != null) ? delivered.minus(Duration.ofDays(3)) : now.minus(Duration.ofDays(1));
		Instant shipped = (delivered != null) ? delivered.minus(Duration.ofDays(2)) : null;
		OrderId id = TestOrders.newOrderId();
		return this.orders.save(new Order(id, buyer.id(), seller.id(),
				List.of(new LineItem("Walnut desk organizer", 1, "WDO-220")), placed, shipped, delivered));
	}

	static SendResult.Posted posted(SendResult result) {
		assertThat(result).as("%s", result).isInstanceOf(SendResult.Posted.class);
		return (SendResult.Posted) result;
	}

	List<Message> messages(ThreadId thread) {
		return this.conversations.messages(thread);
	}

	// --- mailboxes (GreenMail)

	List<MimeMessage> mailsTo(String address) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage mail : greenMail().getReceivedMessages()) {
			if (isTo(mail, address)) {
				found.add(mail);
			}
		}
		return found;
	}

	MimeMessage awaitMail(String address, Predicate<MimeMessage> matching) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.alias("an email to " + address + " (so far: " + subjects(address) + ")")
			.until(() -> mailsTo(address).stream().filter(matching).findFirst().orElse(null), (mail) -> mail != null);
	}

	private Object subjects(String address) {
		return new Object() {
			@Override
			public String toString() {
				return mailsTo(address).stream().map((mail) -> header(mail, "Subject")).toList().toString();
			}
		};
	}

	static boolean isTo(MimeMessage mail, String address) {
		try {
			return mail.getAllRecipients() != null && Arrays.stream(mail.getAllRecipients())
				.anyMatch((recipient) -> recipient.toString().toLowerCase().contains(address.toLowerCase()));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String header(MimeMessage mail, String name) {
		try {
			String value = mail.getHeader(name, ",");
			return (value != null) ? jakarta.mail.internet.MimeUtility.decodeText(value) : null;
		}
		catch (MessagingException | java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The whole email as the recipient's client sees it: raw source and decoded parts.
	 */
	static String everything(MimeMessage mail) {
		try {
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			mail.writeTo(raw);
			StringBuilder text = new StringBuilder(raw.toString(StandardCharsets.UTF_8));
			java.util.Enumeration<jakarta.mail.Header> headers = mail.getAllHeaders();
			while (headers.hasMoreElements()) {
				jakarta.mail.Header header = headers.nextElement();
				text.append('\n')
					.append(header.getName())
					.append(": ")
					.append(jakarta.mail.internet.MimeUtility.decodeText(header.getValue()));
			}
			decodedParts(mail, text);
			return text.toString();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void decodedParts(Part part, StringBuilder into) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				decodedParts(multipart.getBodyPart(i), into);
			}
			return;
		}
		if (part.getFileName() != null) {
			into.append('\n').append(part.getFileName());
		}
		if (part.isMimeType("text/*")) {
			into.append('\n').append(part.getContent());
		}
	}

	static @Nullable String textPart(Part part) {
		return part(part, "text/plain");
	}

	static @Nullable String htmlPart(Part part) {
		return part(part, "text/html");
	}

	private static @Nullable String part(Part part, String type) {
		try {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = part(child, type);
					if (found != null) {
						return found;
					}
				}
				return null;
			}
			return (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()))
					? String.valueOf(part.getContent()) : null;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> attachmentNames(Part part) {
		List<String> names = new ArrayList<>();
		try {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					names.addAll(attachmentNames(multipart.getBodyPart(i)));
				}
			}
			else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				names.add(part.getFileName());
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	// --- sending to the relay's inbound listener, as a mail client does

	Session clientSession() {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", Integer.toString(this.listener.port()));
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "30000");
		return Session.getInstance(properties);
	}

	/**
	 * Sends an email to the relay.
	 * @param envelopeFrom the SMTP reverse path (and, unless headers say otherwise, From)
	 * @param to the alias
	 * @param subject the subject
	 * @param text the plain-text body
	 * @param headers more headers (In-Reply-To, References, From…)
	 */
	void smtpSend(String envelopeFrom, String to, String subject, String text, Map<String, String> headers)
			throws MessagingException {
		MimeMessage mail = new ClientMessage(clientSession());
		mail.setFrom(envelopeFrom);
		mail.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
		mail.setSubject(subject, "UTF-8");
		mail.setText(text, "UTF-8");
		for (Map.Entry<String, String> header : headers.entrySet()) {
			mail.setHeader(header.getKey(), header.getValue());
		}
		smtpSend(envelopeFrom, mail);
	}

	void smtpSend(String envelopeFrom, MimeMessage mail) throws MessagingException {
		Properties properties = new Properties();
		properties.putAll(clientSession().getProperties());
		properties.put("mail.smtp.from", envelopeFrom);
		mail.saveChanges();
		Session session = Session.getInstance(properties);
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			transport.sendMessage(mail, mail.getAllRecipients());
		}
	}

	/** A client's email: keeps a Message-ID the test sets, as clients keep theirs. */
	static class ClientMessage extends MimeMessage {

		ClientMessage(Session session) {
			super(session);
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			if (getHeader("Message-ID") == null) {
				super.updateMessageID();
			}
		}

	}

}
