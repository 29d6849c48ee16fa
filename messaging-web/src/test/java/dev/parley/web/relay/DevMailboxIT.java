package dev.parley.web.relay;

import java.time.Duration;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.relay.DevMailSink.SinkMail;
import dev.parley.web.security.ParleyUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Development mode: with the mail sink on (as in the demo), outbound email needs no mail
 * server; it lands in the sink, and the development mailbox shows it with the aliases.
 */
@SpringBootTest(properties = { "parley.relay.dev-sink.enabled=true", "parley.relay.dev-sink.mailbox=true",
		"parley.relay.inbound.port=0", "parley.relay.outbound.poll-interval=100ms",
		"parley.relay.inbound.authentication.required=false" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DevMailboxIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	DevMailSink sink;

	@Autowired
	Accounts accounts;

	@Autowired
	Orders orders;

	@Autowired
	MessagingService messaging;

	@Autowired
	InboundSmtpListener listener;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@org.junit.jupiter.api.BeforeEach
	void setAsideEarlierTestsEmails() {
		RelayTestSupport.setAsidePendingEmails(this.jdbc);
	}

	@Test
	void outboundEmailLandsInTheSinkAndTheMailboxShowsItWithTheAliasesButHtmlOnlyAsText() throws Exception {
		Account buyer = register(Role.BUYER, "Ben Carter");
		Account seller = register(Role.SELLER, "Northwind Outfitters");
		this.accounts.saveSellerSettings(seller.id(),
				new SellerSettings(true, "orders-" + seller.email(), MessagingStatus.ACTIVE));
		Order order = this.orders.save(new Order(OrderId.of("123-" + digits(7) + "-" + digits(7)), buyer.id(),
				seller.id(), List.of(new LineItem("Walnut desk organizer", 1, "WDO-220")),
				java.time.Instant.now().minus(Duration.ofDays(3)), null, null));
		SendResult result = this.messaging.sendToOrder(Caller.of(buyer), order.id(), new Compose(null, Topic.OTHER,
				"Gift wrap?", "<p>Can you <b>gift wrap</b> it?<script>alert(1)</script></p>", List.of()));
		assertThat(result).isInstanceOf(SendResult.Posted.class);

		SinkMail mail = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.sink.mails()
				.stream()
				.filter((candidate) -> candidate.envelopeTo().equals("orders-" + seller.email()))
				.findFirst()
				.orElse(null), (found) -> found != null);
		assertThat(mail.header("From")).startsWith("Ben Carter via Parley Marketplace <")
			.endsWith("@relay.parley.test>");

		// Admins only: the mailbox shows every account's real address and mail.
		this.mvc.perform(get("/dev/mailbox").with(user(new ParleyUser(buyer, "{noop}secret"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dev/mailbox").with(user(new ParleyUser(seller, "{noop}secret"))))
			.andExpect(status().isForbidden());
		ParleyUser viewer = new ParleyUser(register(Role.ADMIN, "Trust and Safety"), "{noop}secret");
		this.mvc.perform(get("/dev/mailbox").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Gift wrap?")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("port " + this.listener.port())));
		this.mvc.perform(get("/dev/mailbox/" + mail.id()).with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Reply-To")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("@relay.parley.test")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;gift wrap&lt;/b&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>gift"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("alert(1)"))));
		this.mvc.perform(get("/dev/mailbox/999999999").with(user(viewer))).andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/mailbox")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private Account register(Role role, String name) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + System.nanoTime() + "@mail.example";
		return this.accounts.register(new Accounts.Registration(email, name, "{noop}secret", role, Language.EN, false));
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

}
