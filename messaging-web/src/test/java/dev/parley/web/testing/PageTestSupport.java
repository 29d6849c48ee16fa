package dev.parley.web.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.security.ParleyUser;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Page tests through MockMvc against the full application and a real database. Every page
 * test class extends this, so that they all share one Spring context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RenderCounters.class)
public abstract class PageTestSupport {

	private static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Accounts accounts;

	@Autowired
	protected Orders orders;

	@Autowired
	protected MessagingService messaging;

	protected ParleyUser seller() {
		return account(Role.SELLER, Language.EN, false);
	}

	protected ParleyUser buyer() {
		return account(Role.BUYER, Language.EN, false);
	}

	protected ParleyUser admin() {
		return account(Role.ADMIN, Language.EN, false);
	}

	protected ParleyUser account(Role role, Language language, boolean businessBuyer) {
		int n = sequence.incrementAndGet();
		String email = "page-" + role.name().toLowerCase() + n + "-" + System.nanoTime() + "@example.test";
		Account account = this.accounts.register(new Accounts.Registration(email,
				role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + n, "{noop}unused", role,
				language, businessBuyer));
		return new ParleyUser(account, "{noop}unused");
	}

	protected static RequestPostProcessor as(ParleyUser user) {
		return user(user);
	}

	protected static Caller caller(ParleyUser user) {
		return user.toCaller();
	}

	protected Order order(ParleyUser buyer, ParleyUser seller, @Nullable Duration deliveredAgo) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant delivered = (deliveredAgo != null) ? now.minus(deliveredAgo) : null;
		Instant placed = (delivered != null) ? delivered.minus(Duration.ofDays(3)) : now.minus(Duration.ofDays(1));
		Instant shipped = (delivered != null) ? delivered.minus(Duration.ofDays(2)) : null;
		return this.orders.save(new Order(newOrderId(), buyer.accountId(), seller.accountId(),
				List.of(new LineItem("Walnut desk organizer", 1, "WDO-220")), placed, shipped, delivered));
	}

	/**
	 * A buyer's question about an order, through the messaging service.
	 * @param buyer the buyer
	 * @param order the order
	 * @param html the body
	 * @return the thread
	 */
	protected ThreadId ask(ParleyUser buyer, Order order, String html) {
		SendResult result = this.messaging.sendToOrder(caller(buyer), order.id(),
				new Compose(null, Topic.PRODUCT_QUESTION, null, html, List.of()));
		return ((SendResult.Posted) result).thread();
	}

	protected static OrderId newOrderId() {
		return TestOrders.newOrderId();
	}

}
