package dev.parley.web.demo;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderState;
import dev.parley.core.order.Orders;
import dev.parley.web.demo.DemoAccounts.DemoAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile: the seeded marketplace, its logins, and seeding only once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.relay.inbound.port=0")
@ActiveProfiles("demo")
// Closed after the class: its outbox worker (the demo sends to the development sink)
// would
// otherwise claim and send the outbox rows of later relay tests, which share the
// database.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Orders orders;

	@Autowired
	Inbox inbox;

	@Autowired
	DemoDataSeeder seeder;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "seller@parley.test, /seller/inbox", "artesana@parley.test, /seller/inbox",
			"ben@parley.test, /buyer/orders", "ana@parley.test, /buyer/orders", "purchasing@parley.test, /buyer/orders",
			"devon@parley.test, /buyer/orders", "admin@parley.test, /admin/flags" })
	void everyDemoLoginReachesItsRolesHomePage(String email, String home) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String loginPage = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + DemoAccounts.PASSWORD
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);

		HttpResponse<String> landed = client
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(landed.statusCode()).isEqualTo(302);
		assertThat(landed.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith(home));
		HttpResponse<String> page = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(request(home).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
	}

	@Test
	void theMarketplaceHasEveryAccountKindAndOrdersInEveryState() {
		for (DemoAccount account : DemoAccounts.ALL) {
			assertThat(this.accounts.findByEmail(account.email())).as(account.email()).isPresent();
		}
		assertThat(this.accounts.findByEmail(DemoAccounts.BUSINESS_BUYER.email()).orElseThrow().businessBuyer())
			.isTrue();
		assertThat(this.accounts.findByEmail(DemoAccounts.SPANISH_BUYER.email()).orElseThrow().language().code())
			.isEqualTo("es");
		assertThat(this.accounts
			.buyerSettings(this.accounts.findByEmail(DemoAccounts.OPTED_OUT_BUYER.email()).orElseThrow().id())
			.optOutNonEssential()).isTrue();

		var sellerId = this.accounts.findByEmail(DemoAccounts.SELLER.email()).orElseThrow().id();
		var secondSellerId = this.accounts.findByEmail(DemoAccounts.SECOND_SELLER.email()).orElseThrow().id();
		java.util.List<Order> all = new java.util.ArrayList<>(this.orders.page(sellerId, Role.SELLER, null, 100));
		all.addAll(this.orders.page(secondSellerId, Role.SELLER, null, 100));
		assertThat(all).hasSize(20);
		assertThat(all).allSatisfy((order) -> assertThat(order.id().value()).matches("\\d{3}-\\d{7}-\\d{7}"));
		assertThat(all).extracting(Order::state).contains(OrderState.PLACED, OrderState.SHIPPED, OrderState.DELIVERED);
		for (int days : new int[] { 3, 10, 25, 40 }) {
			assertThat(all).as("delivered %d days ago", days)
				.anySatisfy((order) -> assertThat(order.deliveredAt()).isNotNull()
					.isBetween(java.time.Instant.now().minus(java.time.Duration.ofDays(days + 1)),
							java.time.Instant.now().minus(java.time.Duration.ofDays(days - 1))));
		}
	}

	@Test
	void threadsAreInTheStatesASellerMeets() {
		var seller = this.accounts.findByEmail(DemoAccounts.SELLER.email()).orElseThrow();
		InboxCounts counts = this.inbox
			.counts(new InboxQuery(seller.id(), Role.SELLER, InboxFilter.ALL, null, null, null, null, 25));
		assertThat(counts.unread()).isPositive();
		assertThat(counts.needsResponse()).isGreaterThanOrEqualTo(2);
		assertThat(counts.company()).isPositive();
		var needsResponse = this.inbox
			.page(new InboxQuery(seller.id(), Role.SELLER, InboxFilter.NEEDS_RESPONSE, null, null, null, null, 25));
		assertThat(needsResponse.items())
			.anySatisfy((item) -> assertThat(item.isOverdue(java.time.Instant.now())).isTrue());
		Integer withheld = this.jdbc.queryForObject("SELECT count(*) FROM message WHERE delivery = ?", Integer.class,
				Delivery.NOT_DELIVERED_OPTED_OUT.name());
		assertThat(withheld).isPositive();
		Integer answered = this.jdbc.queryForObject("SELECT count(*) FROM response_record", Integer.class);
		assertThat(answered).isPositive();
		Integer openFlags = this.jdbc.queryForObject("SELECT count(*) FROM thread WHERE open_flags > 0", Integer.class);
		assertThat(openFlags).isPositive();
	}

	@Test
	void seedingAgainChangesNothing() throws Exception {
		Integer before = this.jdbc.queryForObject("SELECT count(*) FROM message", Integer.class);

		this.seeder.run(null);

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM message", Integer.class)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email LIKE '%@parley.test'",
				Integer.class))
			.isEqualTo(DemoAccounts.ALL.size());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
