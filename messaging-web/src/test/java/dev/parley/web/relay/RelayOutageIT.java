package dev.parley.web.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import dev.parley.core.account.Account;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.platform.Caller;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server is down while 500 messages are sent; when it comes back, every email
 * arrives exactly once. Three worker threads share the outbox, with short backoff.
 * <p>
 * The outage lasts {@code parley.test.smtp-outage-seconds} (default 5, for CI time; run
 * with {@code -Dparley.test.smtp-outage-seconds=60} for the full minute).
 */
class RelayOutageIT extends RelayTestSupport {

	static final int MESSAGES = 500;

	static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("parley.test.smtp-outage-seconds", 5));

	static final int SMTP_PORT = freePort();

	static GreenMail greenMail = startGreenMail(SMTP_PORT);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		relayProperties(registry, SMTP_PORT);
		registry.add("parley.relay.outbound.workers", () -> 3);
		registry.add("parley.relay.outbound.batch-size", () -> 25);
		registry.add("parley.relay.outbound.backoff.initial", () -> "250ms");
		registry.add("parley.relay.outbound.backoff.max", () -> "2s");
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
	void everyEmailArrivesExactlyOnceAfterTheSmtpServerComesBack() {
		Account seller = seller("Northwind Outfitters");
		List<Account> buyers = new ArrayList<>();
		List<ThreadId> threads = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			buyers.add(buyer("Buyer " + i));
		}

		greenMail.stop();
		long down = System.nanoTime();

		// 250 buyer questions (emailed to the seller) and 250 seller answers (to the
		// buyers): 500 messages, 500 emails.
		List<MessageId> sent = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			for (Account buyer : buyers) {
				Order order = (i == 0) ? order(buyer, seller, Duration.ofDays(2)) : null;
				ThreadId thread;
				if (order != null) {
					var question = posted(
							this.messaging.sendToOrder(Caller.of(buyer), order.id(), new Compose(null, Topic.SHIPPING,
									"Delivery window", "<p>Question 0 about the delivery window.</p>", List.of())));
					thread = question.thread();
					threads.add(thread);
					sent.add(question.message().id());
				}
				else {
					thread = threads.get(buyers.indexOf(buyer));
					sent.add(posted(this.messaging.reply(Caller.of(buyer), thread,
							Compose.of(null, "<p>Question " + i + " about the delivery window.</p>")))
						.message()
						.id());
				}
				sent.add(posted(this.messaging.reply(Caller.of(seller), thread,
						Compose.of(null, "<p>Answer " + i + ": it ships on Monday from our warehouse.</p>")))
					.message()
					.id());
			}
		}
		assertThat(sent).hasSize(MESSAGES);
		Duration sending = Duration.ofNanos(System.nanoTime() - down);

		// While the server is away, the workers try and back off; nothing is lost.
		await().atMost(OUTAGE.plusSeconds(30))
			.until(() -> count("o.attempts > 0 AND o.last_error IS NOT NULL", sent) == MESSAGES);
		assertThat(count("o.status = 'SENT'", sent)).isZero();
		// The rest of the outage: the emails stay queued, none marked sent.
		Duration remaining = OUTAGE.minus(Duration.ofNanos(System.nanoTime() - down));
		if (remaining.compareTo(Duration.ofMillis(100)) > 0) {
			await().during(remaining)
				.atMost(remaining.plusSeconds(10))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> count("o.status = 'SENT'", sent) == 0);
		}
		int maxAttemptsDuringOutage = this.jdbc.queryForObject(
				"SELECT max(o.attempts) FROM outbox_email o WHERE o.message_id = ANY (?)", Integer.class,
				(Object) ids(sent));
		Duration outage = Duration.ofNanos(System.nanoTime() - down);

		greenMail = startGreenMail(SMTP_PORT);
		long up = System.nanoTime();
		await().atMost(Duration.ofSeconds(120)).until(() -> count("o.status = 'SENT'", sent) == MESSAGES);
		Duration drain = Duration.ofNanos(System.nanoTime() - up);

		Map<String, Integer> arrivals = new HashMap<>();
		for (MimeMessage mail : greenMail.getReceivedMessages()) {
			arrivals.merge(header(mail, "Message-ID"), 1, Integer::sum);
		}
		Set<String> expected = new HashSet<>();
		for (MessageId id : sent) {
			expected.add("<message." + id + "@" + RELAY_DOMAIN + ">");
		}
		assertThat(arrivals.keySet()).containsAll(expected);
		assertThat(expected).allSatisfy((id) -> assertThat(arrivals.get(id)).as(id).isEqualTo(1));
		System.out.printf(
				"%nRelay outage: %d messages sent in %d ms while SMTP was down; outage %d s; "
						+ "up to %d attempts per email during it; all %d delivered exactly once %d ms after the server "
						+ "came back%n%n",
				MESSAGES, sending.toMillis(), outage.toSeconds(), maxAttemptsDuringOutage, MESSAGES, drain.toMillis());
	}

	private long count(String condition, List<MessageId> messages) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM outbox_email o WHERE o.message_id = ANY (?) AND " + condition, Long.class,
				(Object) ids(messages));
	}

	private static Long[] ids(List<MessageId> messages) {
		return messages.stream().map(MessageId::value).toArray(Long[]::new);
	}

}
