package dev.parley.web.browser;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import dev.parley.ParleyApplication;
import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.core.team.Member;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two members of one seller's team in two browsers, each on an application instance of
 * its own (one database): presence travels between the instances through PostgreSQL
 * {@code NOTIFY}. Ana opens a thread and Bruno, on the same thread, sees "Ana is
 * viewing"; Ana types and Bruno sees "Ana is replying"; Bruno types too, Ana sends, and
 * Bruno's send asks first (the 409 page with Ana's answer first and "Send anyway").
 */
class TeamPresenceIT extends BrowserTestSupport {

	private static ConfigurableApplicationContext secondInstance;

	@Autowired
	Members members;

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void twoMembersOnTwoInstancesSeeEachOtherAndTheSecondReplyAsksFirst() {
		Account seller = account(Role.SELLER, Language.EN, "Presence Pottery");
		Account buyer = account(Role.BUYER, Language.EN, "Lena Fischer");
		Order order = order(buyer, seller, Duration.ofDays(3));
		ThreadId thread = ask(buyer, order, "<p>Can the large vase hold water?</p>");
		Member ana = member(seller, "Ana Ortega");
		Member bruno = member(seller, "Bruno Costa");
		String path = "/seller/threads/" + thread.value();
		int otherPort = secondInstancePort();

		ChromeDriver second = Chromium.start();
		try {
			Browser b = new Browser(second, "http://localhost:" + otherPort);
			b.signIn(bruno.email());
			b.open(path);
			b.waitUntilLive();

			signIn(ana.email());
			open(path);
			waitFor().until((driver) -> "open"
				.equals(this.browser.executeScript("return document.documentElement.dataset.live")));

			long opened = System.nanoTime();
			b.waitForPresence("Ana Ortega is viewing");
			System.out.println("Presence across instances: 'viewing' after "
					+ Duration.ofNanos(System.nanoTime() - opened).toMillis() + " ms");
			assertThat(b.presence()).doesNotContain("Bruno Costa");
			// Ana sees Bruno, not herself.
			waitFor().until((driver) -> find("#presence").getText().contains("Bruno Costa is viewing"));
			assertThat(find("#presence").getText()).doesNotContain("Ana Ortega");

			long typed = System.nanoTime();
			find("#body").sendKeys("Yes, it is glazed inside and holds water.");
			b.waitForPresence("Ana Ortega is replying");
			System.out.println("Presence across instances: 'replying' after "
					+ Duration.ofNanos(System.nanoTime() - typed).toMillis() + " ms");
			screenshot("presence-replying");
			b.screenshot("presence-replying-seen");

			// Bruno has typed an answer of his own before Ana sends hers.
			b.find("#body").sendKeys("It holds water, yes.");
			waitFor().until((driver) -> find("#presence").getText().contains("Bruno Costa is replying"));
			find("#compose-form button[type=submit]").click();
			waitFor().until(ExpectedConditions.urlContains("#latest"));

			b.find("#compose-form button[type=submit]").click();
			b.waitFor().until((driver) -> !b.driver().findElements(By.cssSelector(".collision")).isEmpty());
			String collision = b.find(".collision").getText();
			assertThat(collision).contains("Ana Ortega").contains("glazed inside and holds water");
			assertThat(b.find("#body").getAttribute("value")).isEqualTo("It holds water, yes.");
			assertThat(b.find("#compose-form button[type=submit]").getText()).isEqualTo("Send anyway");
			// The page that asks still shows who is on the thread: Ana, back to viewing.
			b.waitForPresence("Ana Ortega is viewing");
			b.screenshot("presence-collision");
			// Only Ana's answer was sent.
			assertThat(find("ol.messages").getText()).contains("glazed inside").doesNotContain("It holds water, yes.");
		}
		finally {
			second.quit();
		}
	}

	/** A member of the seller with the tests' password. */
	Member member(Account seller, String name) {
		String token = "invite-" + System.nanoTime();
		String email = "presence-" + System.nanoTime() + "@example.test";
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.members.invite(seller.id(), email, name, Set.of(Permission.READ_MESSAGES, Permission.REPLY), sha256(token),
				now.plus(Duration.ofDays(1)), now);
		return this.members.accept(sha256(token), this.passwordEncoder.encode(PASSWORD), now).orElseThrow();
	}

	private static synchronized int secondInstancePort() {
		if (secondInstance == null) {
			secondInstance = new SpringApplicationBuilder(ParleyApplication.class)
				.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
						"parley.relay.inbound.enabled=false", "parley.relay.outbound.enabled=false")
				.run();
		}
		return ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The second member's browser, on the second instance. */
	record Browser(ChromeDriver driver, String base) {

		void signIn(String email) {
			open("/login");
			find("#email").sendKeys(email);
			find("#password").sendKeys(PASSWORD);
			find("form.stacked button[type=submit]").click();
			waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		}

		void open(String path) {
			this.driver.get(this.base + path);
		}

		void waitUntilLive() {
			waitFor()
				.until((d) -> "open".equals(this.driver.executeScript("return document.documentElement.dataset.live")));
		}

		WebElement find(String css) {
			return this.driver.findElement(By.cssSelector(css));
		}

		String presence() {
			return find("#presence").getText();
		}

		void waitForPresence(String text) {
			waitFor().ignoring(StaleElementReferenceException.class).until((d) -> presence().contains(text));
		}

		WebDriverWait waitFor() {
			return new WebDriverWait(this.driver, Duration.ofSeconds(15));
		}

		void screenshot(String name) {
			try {
				java.nio.file.Files.createDirectories(SCREENSHOTS);
				java.nio.file.Path file = this.driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
				java.nio.file.Files.copy(file, SCREENSHOTS.resolve(name + ".png"),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
