package dev.parley.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.order.Order;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberStatus;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.core.template.Template;
import dev.parley.web.conversation.Compose;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.platform.Caller;
import dev.parley.web.team.NoteService;
import dev.parley.web.template.TemplateService;
import dev.parley.web.token.ApiTokenService;
import dev.parley.core.listing.Listing;
import dev.parley.core.listing.Listings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role, in the browser: axe-core (vendored from npm, injected through
 * the driver, which the pages' Content-Security-Policy does not govern) finds no serious
 * or critical violation, and at 390 px wide no page scrolls sideways.
 */
class EveryPageIT extends BrowserTestSupport {

	private static final int PHONE_WIDTH = 390;

	@Autowired
	ModerationService moderation;

	@Autowired
	TemplateService templates;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	Listings listings;

	@Test
	void everyPageOfEveryRolePassesAxeAndFitsAPhone() {
		Account seller = account(Role.SELLER, Language.EN, "Everypage Emporium International Trading Company");
		Account buyer = account(Role.BUYER, Language.EN, "Maximiliana Featherstonehaugh-Worthington");
		Account admin = account(Role.ADMIN, Language.EN, "Trust & Safety");
		Order order = order(buyer, seller, Duration.ofDays(6));
		ThreadId thread = ask(buyer, order,
				"<p>The shelf brackets for order " + order.id().value()
						+ " are missing; could you send a replacement set? "
						+ "Averyveryverylongwordwithoutanybreaks".repeat(3) + "</p>");
		this.messaging.reply(Caller.of(seller), thread,
				new Compose(null, null, null, "<p>Sorry about that, a set is on its way today.</p>", List.of()));
		ThreadId flagged = ask(buyer, order(buyer, seller, null),
				"<p>Your colleague said to pay at https://pay-elsewhere.example/now instead, is that right?</p>");
		ThreadId warned = ask(buyer, order(buyer, seller, null),
				"<p>Photos are at https://photos-elsewhere.example/set, please check.</p>");
		Caller adminCaller = Caller.of(admin);
		Flag open = flagOf(adminCaller, flagged);
		var warning = this.moderation.decide(adminCaller, flagOf(adminCaller, warned).id(), DecisionKind.WARN,
				"Please keep payments on the marketplace.", "buyer pasted a payment link");
		var appeal = this.moderation.appeal(Caller.of(buyer), warning.id(), "It was a photo album, not a payment.");
		Template template = this.templates.save(Caller.of(seller), null, "Replacement on its way", Language.EN,
				"Replacement for {{orderId}}", "<p>Hello {{buyerName}}, a replacement is on its way.</p>", Map.of());
		this.tokens.issue(seller, "Warehouse integration with a long descriptive name");
		String invitation = teamOf(seller, thread);
		String listing = "EP-" + seller.id().value();
		this.listings.save(new Listing(listing, seller.id(),
				"Solid oak floating shelf with hidden brackets, 120 cm, natural oil finish",
				"https://images.example/x.jpg", java.time.Instant.now()));

		List<String> problems = new ArrayList<>();
		check(null, List.of("/login", "/login?error", "/login?revoked", "/team/invitation?token=" + invitation,
				"/team/invitation?token=unknown"), problems);
		check(seller,
				List.of("/seller/inbox", "/seller/inbox?filter=needs-response", "/seller/inbox?tab=notices",
						"/seller/inbox?from=2026-06-30&to=2026-06-01", "/seller/inbox?q=brackets&sort=oldest",
						"/seller/inbox?filter=needs-response&sort=newest", "/seller/threads/" + thread.value(),
						"/seller/threads/" + thread.value() + "?template=" + template.id().value(), "/seller/orders",
						"/seller/orders/" + order.id().value(), "/seller/templates", "/seller/templates/new",
						"/seller/templates/" + template.id().value(), "/seller/performance", "/seller/settings",
						"/seller/tokens", "/seller/team", "/seller/threads/999999999"),
				problems);
		check(buyer,
				List.of("/buyer/orders", "/buyer/orders/" + order.id().value(), "/buyer/inbox",
						"/buyer/threads/" + thread.value(), "/buyer/settings", "/buyer/notices",
						"/listings/" + seller.id().value(), "/listings/" + seller.id().value() + "?listing=" + listing,
						"/buyer/inbox?sort=oldest&q=brackets"),
				problems);
		check(admin,
				List.of("/admin/flags", "/admin/flags/" + open.id().value(), "/admin/threads/" + flagged.value(),
						"/admin/threads/" + flagged.value() + "/verify", "/admin/sellers/" + seller.id().value(),
						"/admin/buyers/" + buyer.id().value(), "/admin/buyers", "/admin/sellers",
						"/admin/buyers?q=" + buyer.displayName(), "/admin/rules", "/admin/appeals/" + appeal.id(),
						"/admin/flags?sort=SEVERITY&role=BUYER", "/admin/threads/" + warned.value(), "/admin/flagged"),
				problems);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Autowired
	Members members;

	@Autowired
	NoteService notes;

	/**
	 * Members in every state and a note, so that the team page and the thread's notes
	 * render with content.
	 * @return a valid invitation token
	 */
	private String teamOf(Account seller, ThreadId thread) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String pending = "everypage-" + System.nanoTime();
		this.members.invite(seller.id(), "pending-" + System.nanoTime() + "@example.test",
				"Bartholomew Invited-Longname", Set.of(Permission.READ_MESSAGES), sha256(pending),
				now.plus(Duration.ofDays(1)), now);
		for (MemberStatus status : List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED)) {
			String token = "everypage-" + status + System.nanoTime();
			this.members.invite(seller.id(), status.name().toLowerCase() + System.nanoTime() + "@example.test",
					"Member " + status.name().toLowerCase(), Permission.all(), sha256(token),
					now.plus(Duration.ofDays(1)), now);
			Member member = this.members.accept(sha256(token), "{noop}unused password", now).orElseThrow();
			if (status == MemberStatus.SUSPENDED) {
				this.members.setStatus(seller.id(), member.id(), status, now);
			}
		}
		this.notes.add(Caller.of(seller), thread, "Checked the warehouse: brackets were left out of the box.");
		return pending;
	}

	private static byte[] sha256(String value) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void check(Account account, List<String> paths, List<String> problems) {
		if (account != null) {
			signIn(account);
		}
		else {
			this.browser.manage().deleteAllCookies();
		}
		String who = (account != null) ? account.role().name().toLowerCase() : "anonymous";
		for (String path : paths) {
			open(path);
			Object violations = this.browser.executeAsyncScript(axe() + """
					var done = arguments[arguments.length - 1];
					axe.run(document).then(function (result) {
					  if (result.passes.length === 0) { done(['axe checked nothing']); return; }
					  done(result.violations
					    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
					    .map(function (v) {
					      return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {
					        return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
					      }).join(' | ');
					    }));
					}).catch(function (e) { done(['axe failed: ' + e]); });
					""");
			((List<?>) violations).forEach((v) -> problems.add(who + " " + path + " axe: " + v));
			phoneWidth(who, path, problems);
		}
	}

	private void phoneWidth(String who, String path, List<String> problems) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
		try {
			open(path);
			Map<?, ?> sizes = (Map<?, ?>) this.browser.executeScript(
					"""
							var wide = [];
							document.querySelectorAll('body *').forEach(function (e) {
							  var r = e.getBoundingClientRect();
							  if (r.right > window.innerWidth + 1 && wide.length < 3) {
							    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right));
							  }
							});
							return { scroll: document.documentElement.scrollWidth, viewport: window.innerWidth, wide: wide.join(', ') };
							""");
			long scroll = ((Number) sizes.get("scroll")).longValue();
			long viewport = ((Number) sizes.get("viewport")).longValue();
			assertThat(viewport).as("the emulated phone's viewport").isEqualTo(PHONE_WIDTH);
			if (scroll > viewport) {
				problems.add(who + " " + path + " at " + PHONE_WIDTH + " px: scrollWidth " + scroll + " > " + viewport
						+ " (" + sizes.get("wide") + ")");
			}
			screenshot("phone" + path.replaceAll("[^A-Za-z0-9]+", "-"));
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static String axeSource;

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = EveryPageIT.class.getResourceAsStream("/axe/axe.min.js")) {
				assertThat(in).as("axe-core vendored in src/test/resources/axe").isNotNull();
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource + "\n";
	}

	private Flag flagOf(Caller admin, ThreadId thread) {
		return this.moderation.openFlags(admin, null, 1000)
			.stream()
			.filter((candidate) -> candidate.thread().equals(thread))
			.findFirst()
			.orElseThrow();
	}

}
