package dev.parley.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.core.account.BuyerSettings;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.listing.Listing;
import dev.parley.core.listing.Listings;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.core.template.Template;
import dev.parley.core.template.Templates;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.demo.DemoAccounts.DemoAccount;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.platform.Caller;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo marketplace once, in one transaction: two sellers, four buyers, an
 * admin, twenty orders in every state, and threads in the states a seller meets every day
 * (unread, awaiting and overdue, answered, opted-out buyer, redacted, flagged). Every
 * message goes through the real messaging service, so the rules, the hash chains and the
 * inbox are exactly what the product makes. Running it again finds the admin account and
 * leaves everything as it is.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(0)
class DemoDataSeeder implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoDataSeeder.class);

	private final Accounts accounts;

	private final Orders orders;

	private final Templates templates;

	private final MessagingService messaging;

	private final ModerationService moderation;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transactions;

	private final DemoClock clock;

	private final ThreadReader threadReader;

	private final Members members;

	private final Listings listings;

	DemoDataSeeder(Accounts accounts, Orders orders, Templates templates, MessagingService messaging,
			ModerationService moderation, PasswordEncoder passwordEncoder, TransactionTemplate transactions,
			DemoClock clock, ThreadReader threadReader, Members members, Listings listings) {
		this.members = members;
		this.listings = listings;
		this.accounts = accounts;
		this.orders = orders;
		this.templates = templates;
		this.messaging = messaging;
		this.moderation = moderation;
		this.passwordEncoder = passwordEncoder;
		this.transactions = transactions;
		this.clock = clock;
		this.threadReader = threadReader;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByEmail(DemoAccounts.ADMIN.email()).isPresent()) {
			logger.info("Demo data already present; leaving it as it is");
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> seed());
		}
		finally {
			this.clock.backToNow();
		}
		logger.info("Seeded the demo marketplace");
	}

	/**
	 * Northwind's team member (issue 16): answers buyers, may not send proactive
	 * messages, nor manage settings, tokens or the team. Invited and accepted as a real
	 * member is.
	 */
	private void seedTeamMember(Account seller, String passwordHash) {
		byte[] invitation = new byte[32];
		new java.security.SecureRandom().nextBytes(invitation);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.members.invite(seller.id(), DemoAccounts.TEAM_MEMBER_EMAIL, DemoAccounts.TEAM_MEMBER_NAME,
				java.util.Set.of(Permission.READ_MESSAGES, Permission.REPLY, Permission.MANAGE_TEMPLATES), invitation,
				now.plusSeconds(60), now);
		this.members.accept(invitation, passwordHash, now);
	}

	private void seed() {
		String passwordHash = this.passwordEncoder.encode(DemoAccounts.PASSWORD);
		Map<DemoAccount, Account> registered = new java.util.LinkedHashMap<>();
		for (DemoAccount account : DemoAccounts.ALL) {
			registered.put(account, this.accounts.register(new Accounts.Registration(account.email(),
					account.displayName(), passwordHash, account.role(), account.language(), account.businessBuyer())));
		}
		Account northwind = registered.get(DemoAccounts.SELLER);
		Account artesana = registered.get(DemoAccounts.SECOND_SELLER);
		Account ben = registered.get(DemoAccounts.BUYER);
		Account ana = registered.get(DemoAccounts.SPANISH_BUYER);
		Account acme = registered.get(DemoAccounts.BUSINESS_BUYER);
		Account devon = registered.get(DemoAccounts.OPTED_OUT_BUYER);
		Account admin = registered.get(DemoAccounts.ADMIN);
		this.accounts.saveBuyerSettings(devon.id(), new BuyerSettings(true));
		seedTeamMember(northwind, passwordHash);

		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		// Twenty orders in every state: not shipped, shipped, delivered 3, 10, 25 and 40
		// days ago.
		Object[][] specs = { { ben, northwind, 2, -1, -1 }, { ana, northwind, 1, -1, -1 },
				{ acme, artesana, 3, -1, -1 }, { ben, northwind, 6, 4, -1 }, { ana, northwind, 5, 3, -1 },
				{ devon, artesana, 4, 2, -1 }, { ben, northwind, 6, 5, 3 }, { acme, northwind, 7, 5, 3 },
				{ ana, artesana, 8, 6, 3 }, { ben, northwind, 14, 12, 10 }, { acme, northwind, 13, 12, 10 },
				{ devon, northwind, 15, 12, 10 }, { ana, artesana, 14, 13, 10 }, { ben, artesana, 29, 27, 25 },
				{ ana, northwind, 30, 28, 25 }, { acme, northwind, 31, 27, 25 }, { devon, northwind, 45, 43, 40 },
				{ ben, northwind, 44, 42, 40 }, { ana, artesana, 46, 43, 40 }, { acme, artesana, 47, 44, 40 } };
		String[][] products = { { "Walnut desk organizer", "WDO-220" }, { "Linen table runner 180 cm", "LTR-180" },
				{ "Ceramic pour-over set", "CPS-02" }, { "Oak bookshelf, 5 shelves", "OBS-5" },
				{ "Hand-painted talavera mug", "HTM-11" } };
		List<Order> seeded = new ArrayList<>();
		for (int n = 0; n < specs.length; n++) {
			Account buyer = (Account) specs[n][0];
			Account seller = (Account) specs[n][1];
			String[] product = products[n % products.length];
			seeded.add(this.orders.save(new Order(
					OrderId.of(String.format("%03d-%07d-%07d", (111 + n * 37) % 1000,
							(4_200_000 + n * 7919) % 10_000_000, (8_800_000 + n * 104_729) % 10_000_000)),
					buyer.id(), seller.id(), List.of(new LineItem(product[0], 1 + n % 2, product[1])),
					daysAgo(now, (int) specs[n][2]), daysAgo(now, (int) specs[n][3]),
					daysAgo(now, (int) specs[n][4]))));
		}

		Caller northwindCaller = Caller.of(northwind);
		Caller artesanaCaller = Caller.of(artesana);
		Caller benCaller = Caller.of(ben);
		Caller anaCaller = Caller.of(ana);
		Caller acmeCaller = Caller.of(acme);
		Caller adminCaller = Caller.of(admin);
		Order benDelivered3 = orderOf(seeded, ben, northwind, 3);
		Order anaShipped = seeded.stream()
			.filter((o) -> o.buyer().equals(ana.id()) && o.deliveredAt() == null && o.shippedAt() != null)
			.findFirst()
			.orElseThrow();
		Order acmeDelivered10 = orderOf(seeded, acme, northwind, 10);
		Order devonDelivered10 = orderOf(seeded, devon, northwind, 10);
		Order anaDelivered25 = orderOf(seeded, ana, northwind, 25);

		// Answered: a business buyer asked three days ago, the seller answered within
		// hours.
		ThreadId answered = post(Duration.ofDays(3),
				() -> this.messaging.sendToOrder(acmeCaller, acmeDelivered10.id(),
						compose(Topic.PRODUCT_QUESTION, "Invoice for our accounts department",
								"<p>Hello, could you send a <b>VAT invoice</b> for order " + acmeDelivered10.id()
										+ "? Our company details are on the order.</p>")));
		post(Duration.ofDays(3).minusHours(5),
				() -> this.messaging.reply(northwindCaller, answered, new Compose(Action.REPLY, null, null,
						"<p>Of course — the invoice is attached to your order page and we have sent it here too.</p>",
						List.of())));
		at(Duration.ofDays(2), () -> {
			this.messaging.markRead(acmeCaller, answered);
			return null;
		});

		// Awaiting and overdue: asked 30 hours ago; the seller opened it but has not
		// answered.
		ThreadId overdue = post(Duration.ofHours(30),
				() -> this.messaging.sendToOrder(anaCaller, anaShipped.id(), compose(Topic.SHIPPING, "",
						"<p>Hola, ¿cuándo llegará mi pedido? El seguimiento no se actualiza desde hace días.</p>")));
		at(Duration.ofHours(29), () -> {
			this.messaging.markRead(northwindCaller, overdue);
			return null;
		});

		// Unread and awaiting: asked two hours ago.
		post(Duration.ofHours(2),
				() -> this.messaging.sendToOrder(benCaller, benDelivered3.id(),
						compose(Topic.RETURN_REFUND, "One drawer arrived cracked",
								"<p>Hi! One of the drawers of the organizer arrived with a crack along the front. "
										+ "Can I get a replacement drawer, or should I return the whole item?</p>")));

		// Opted-out buyer: a non-critical proactive message is kept but not delivered; a
		// critical one is delivered with [Important].
		post(Duration.ofDays(9),
				() -> this.messaging.sendToOrder(northwindCaller, devonDelivered10.id(),
						new Compose(Action.PRODUCT_INSTRUCTIONS, null, "Care instructions",
								"<p>To keep the walnut finish, wipe it with a dry cloth and avoid direct sunlight.</p>",
								List.of())));
		post(Duration.ofDays(8),
				() -> this.messaging.sendToOrder(northwindCaller, devonDelivered10.id(),
						new Compose(Action.CONFIRM_DELIVERY_DETAILS, null, "Second parcel delivery window",
								"<p>The second parcel with the shelves needs a delivery appointment. "
										+ "Which weekday morning suits you?</p>",
								List.of())));

		// Redacted: a buyer shared an email address; the seller received it as [removed].
		post(Duration.ofDays(20), () -> this.messaging.sendToOrder(anaCaller, anaDelivered25.id(),
				compose(Topic.OTHER, "", "<p>Mi correo es ana.garcia@correo.example por si necesitan algo.</p>")));

		// Flagged for review: a buyer links an outside shop (FLAG) and a report.
		ThreadId flagged = post(Duration.ofHours(20),
				() -> this.messaging.sendToOrder(benCaller, orderOf(seeded, ben, northwind, 10).id(), compose(
						Topic.PRODUCT_QUESTION, "Same item cheaper elsewhere?",
						"<p>I saw this at https://cheap-furniture.example/deal — can you match the price?</p>")));
		post(Duration.ofHours(19),
				() -> this.messaging.reply(northwindCaller, flagged,
						new Compose(Action.REPLY, null, null,
								"<p>We cannot match outside offers, sorry. The item carries our two-year warranty.</p>",
								List.of())));

		// The catalogue's listings of the two sellers (pre-sale pages show them).
		this.listings.save(new Listing("TALAVERA-MUG-01", artesana.id(), "Hand-painted Talavera mug, 350 ml", null,
				this.clock.instant()));
		this.listings.save(new Listing("NW-DESK-ORG-60", northwind.id(), "Bamboo desk organizer for 60 cm drawers",
				null, this.clock.instant()));

		// A pre-sale question to the Spanish seller, answered in Spanish.
		ThreadId preSale = post(Duration.ofDays(5),
				() -> this.messaging.askAboutListing(benCaller, artesana.id(), compose(Topic.PRODUCT_QUESTION,
						"Talavera mug: dishwasher safe?", "<p>Is the hand-painted mug dishwasher safe?</p>")));
		post(Duration.ofDays(5).minusHours(3),
				() -> this.messaging.reply(artesanaCaller, preSale, new Compose(Action.REPLY, null, null,
						"<p>It is better to wash it by hand to keep the paint bright. Thank you for asking!</p>",
						List.of())));

		// A resolved report: the admin dismissed it with a reason (platform notice to the
		// seller).
		at(Duration.ofDays(1), () -> {
			this.messaging.report(benCaller, preSale, this.messagingThreadLastSellerMessage(preSale, artesanaCaller),
					ReportReason.OTHER, "Reply felt a bit curt");
			return null;
		});
		at(Duration.ofHours(22), () -> {
			Flag report = this.moderation.openFlags(adminCaller, null, 100)
				.stream()
				.filter((flag) -> flag.thread().equals(preSale))
				.findFirst()
				.orElseThrow();
			this.moderation.decide(adminCaller, report.id(), DecisionKind.DISMISS,
					"The answer is polite and helpful; no action needed.");
			return null;
		});

		Instant templateTime = this.clock.instant();
		this.templates.save(new Template(null, northwind.id(), "Replacement part on its way",
				dev.parley.core.account.Language.EN, "Replacement for order {{orderId}}",
				"<p>Hello {{buyerName}}, we are sorry about the damaged {{productTitle}}. A replacement part is on its way "
						+ "and should arrive within 3 business days. — {{sellerName}}</p>",
				Map.of(dev.parley.core.account.Language.ES, new Template.Translation(
						"Reemplazo para el pedido {{orderId}}",
						"<p>Hola {{buyerName}}, sentimos que {{productTitle}} llegara dañado. La pieza de reemplazo ya está "
								+ "en camino y llegará en 3 días hábiles. — {{sellerName}}</p>")),
				templateTime));
		this.templates.save(new Template(null, northwind.id(), "Delivery date confirmed",
				dev.parley.core.account.Language.EN, "Your delivery",
				"<p>Hello {{buyerName}}, your order {{orderId}} was delivered on {{deliveryDate}}. "
						+ "Let us know if anything is missing.</p>",
				Map.of(), templateTime));
	}

	private static Instant daysAgo(Instant now, int days) {
		return (days < 0) ? null : now.minus(Duration.ofDays(days));
	}

	private dev.parley.core.conversation.MessageId messagingThreadLastSellerMessage(ThreadId thread, Caller seller) {
		return this.threadReader.read(seller, thread)
			.messages()
			.stream()
			.filter((message) -> message.isFrom(seller.id()))
			.reduce((first, second) -> second)
			.orElseThrow()
			.id();
	}

	private <T> T at(Duration ago, Supplier<T> action) {
		this.clock.travelBack(ago);
		try {
			return action.get();
		}
		finally {
			this.clock.backToNow();
		}
	}

	private ThreadId post(Duration ago, SendSupplier send) {
		SendResult result = at(ago, (Supplier<SendResult>) send::send);
		if (!(result instanceof SendResult.Posted posted)) {
			throw new IllegalStateException("a demo message was refused: " + result.decision().violations());
		}
		return posted.thread();
	}

	private static Compose compose(Topic topic, String subject, String html) {
		return new Compose(null, topic, subject.isEmpty() ? null : subject, html, List.of());
	}

	private static Order orderOf(List<Order> orders, Account buyer, Account seller, long deliveredDaysAgo) {
		Instant now = Instant.now();
		return orders.stream()
			.filter((order) -> order.isBetween(buyer.id(), seller.id()) && order.deliveredAt() != null)
			.filter((order) -> Math.abs(Duration.between(order.deliveredAt(), now).toDays() - deliveredDaysAgo) <= 1)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"no demo order of " + buyer.displayName() + " delivered " + deliveredDaysAgo + " days ago"));
	}

	@FunctionalInterface
	private interface SendSupplier {

		SendResult send();

	}

}
