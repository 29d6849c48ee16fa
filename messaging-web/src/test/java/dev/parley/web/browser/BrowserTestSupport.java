package dev.parley.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.order.Orders;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.platform.Caller;
import dev.parley.web.testing.TestOrders;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Browser tests: the application on a random port (the same context as the other
 * full-stack tests), one shared headless Chromium, accounts with a known password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.Extension.class)
abstract class BrowserTestSupport {

	static final String PASSWORD = "correct horse battery";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final AtomicInteger sequence = new AtomicInteger();

	private static @Nullable String passwordHash;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Orders orders;

	@Autowired
	MessagingService messaging;

	@Autowired
	PasswordEncoder passwordEncoder;

	ChromeDriver browser;

	@BeforeAll
	static void chromiumIsInstalled() {
		Assumptions.assumeTrue(Chromium.isInstalled() || System.getenv("CI") != null,
				"Debian's chromium and chromium-driver are not installed");
	}

	@BeforeEach
	void browser(ChromeDriver driver) {
		this.browser = driver;
		this.browser.manage().deleteAllCookies();
	}

	Account account(Role role, Language language, String name) {
		if (passwordHash == null) {
			passwordHash = this.passwordEncoder.encode(PASSWORD);
		}
		String email = "browser-" + role.name().toLowerCase() + sequence.incrementAndGet() + "-" + System.nanoTime()
				+ "@example.test";
		return this.accounts.register(new Accounts.Registration(email, name, passwordHash, role, language, false));
	}

	Order order(Account buyer, Account seller, @Nullable Duration deliveredAgo) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant delivered = (deliveredAgo != null) ? now.minus(deliveredAgo) : null;
		Instant placed = (delivered != null) ? delivered.minus(Duration.ofDays(3)) : now.minus(Duration.ofDays(1));
		Instant shipped = (delivered != null) ? delivered.minus(Duration.ofDays(2)) : null;
		OrderId id = TestOrders.newOrderId();
		return this.orders.save(new Order(id, buyer.id(), seller.id(),
				List.of(new LineItem("Oak bookshelf, 5 shelves", 1, "OBS-5")), placed, shipped, delivered));
	}

	/**
	 * The buyer asks about the order (a shipping question).
	 * @param buyer the order's buyer
	 * @param order the order
	 * @param html the message
	 * @return the thread
	 */
	ThreadId ask(Account buyer, Order order, String html) {
		SendResult result = this.messaging.sendToOrder(Caller.of(buyer), order.id(),
				new Compose(null, Topic.SHIPPING, null, html, List.of()));
		return ((SendResult.Posted) result).thread();
	}

	/**
	 * The count an inbox page shows for a filter.
	 * @param filter the filter's parameter
	 * @return the count
	 */
	long count(String filter) {
		return Long.parseLong(find("[data-filter='" + filter + "'] .count").getText().strip());
	}

	void signIn(Account account) {
		signIn(account.email());
	}

	void signIn(String email) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	WebElement find(String css) {
		return this.browser.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.browser.findElements(By.cssSelector(css));
	}

	WebDriverWait waitFor() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = this.browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
