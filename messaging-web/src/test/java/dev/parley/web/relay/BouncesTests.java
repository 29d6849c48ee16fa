package dev.parley.web.relay;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.OrderId;
import dev.parley.core.relay.Outbox;
import dev.parley.core.relay.ReplyThreading;
import dev.parley.core.relay.ReplyThreading.PairThread;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a bounce about an unroutable email says, in the sender's language, and the headers
 * every bounce and notice carries.
 */
class BouncesTests {

	static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

	final List<byte[]> queued = new ArrayList<>();

	final Bounces bounces = new Bounces(outbox(this.queued), texts(), properties(), "Parley Marketplace",
			Clock.fixed(T, ZoneOffset.UTC));

	@Test
	void anAmbiguousBounceListsTheConversationsNewestFirstAndHowManyMore() throws Exception {
		List<PairThread> threads = new ArrayList<>();
		threads.add(new PairThread(ThreadId.of(1), null, "Does it fit A4?", T));
		for (int i = 2; i <= 13; i++) {
			threads.add(new PairThread(ThreadId.of(i), OrderId.of(String.format("111-1111111-%07d", i)), "Order " + i,
					T.minusSeconds(i)));
		}
		ReplyThreading.Routing routing = ReplyThreading.route(null, threads, "Hello", "Any news?");
		this.bounces.send("ben@home.example", "alias@relay.parley.test", "Hello", "<a@home.example>",
				List.of(this.bounces.unrouted(routing, Locale.ENGLISH)), Locale.ENGLISH);
		MimeMessage bounce = single();
		String text = (String) bounce.getContent();
		assertThat(text).contains("RELAY_AMBIGUOUS: It is not clear which conversation")
			.contains("* Question about a listing: Does it fit A4?")
			.contains("* Order 111-1111111-0000002: Order 2")
			.contains("* Order 111-1111111-0000010: Order 10")
			.doesNotContain("Order 11\n")
			.contains("and 3 more on the marketplace");
		assertThat(bounce.getHeader("Message-ID")[0]).matches("<notice\\.[0-9a-f-]{36}@relay\\.example\\.com>");
		assertThat(bounce.getHeader("In-Reply-To")[0]).isEqualTo("<a@home.example>");
		assertThat(bounce.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
	}

	@Test
	void aBounceAboutAnOrderWithoutConversationNamesItInSpanish() throws Exception {
		List<PairThread> threads = List
			.of(new PairThread(ThreadId.of(1), OrderId.of("111-1111111-1111111"), "¿Dónde está?", T));
		ReplyThreading.Routing routing = ReplyThreading.route(null, threads, "Pedido 222-2222222-2222222", "Hola");
		Locale spanish = Locale.forLanguageTag("es");
		this.bounces.send("ana@home.example", "alias@relay.parley.test", null, null,
				List.of(this.bounces.unrouted(routing, spanish)), spanish);
		String text = (String) single().getContent();
		assertThat(text).contains("RELAY_ORDER_WITHOUT_CONVERSATION: Tu correo trata del pedido 222-2222222-2222222")
			.contains("* Pedido 111-1111111-1111111: ¿Dónde está?")
			.contains("En tu correo: \"222-2222222-2222222\"");
	}

	private MimeMessage single() throws Exception {
		assertThat(this.queued).hasSize(1);
		return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(this.queued.get(0)));
	}

	private static Outbox outbox(List<byte[]> queued) {
		return (Outbox) Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] { Outbox.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("enqueuePrepared")) {
						queued.add((byte[]) arguments[1]);
						return null;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	private static ResourceBundleMessageSource texts() {
		ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
		texts.setBasenames("messages-relay", "dev/parley/core/policy/messages");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
		return texts;
	}

	private static RelayProperties properties() {
		RelayProperties properties = new RelayProperties();
		properties.setDomain("relay.example.com");
		return properties;
	}

}
