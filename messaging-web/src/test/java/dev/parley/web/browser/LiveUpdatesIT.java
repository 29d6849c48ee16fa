package dev.parley.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.ParleyApplication;
import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.order.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates across instances: the seller's inbox is open on this instance, the buyer's
 * message is sent through the API of a second instance on the same database, and the row
 * and the header's unread badge appear without a reload, within two seconds.
 */
class LiveUpdatesIT extends BrowserTestSupport {

	private static final Duration WITHIN = Duration.ofSeconds(2);

	private static ConfigurableApplicationContext secondInstance;

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void aBuyersMessageSentToAnotherInstanceAppearsInTheOpenInboxWithTheBadge() throws Exception {
		Account seller = account(Role.SELLER, Language.EN, "Live Lumber Co");
		Account buyer = account(Role.BUYER, Language.EN, "Noor Haddad");
		Order first = order(buyer, seller, null);
		Order second = order(buyer, seller, null);
		int otherPort = secondInstancePort();

		signIn(seller);
		open("/seller/inbox");
		waitFor().until(
				(driver) -> "open".equals(this.browser.executeScript("return document.documentElement.dataset.live")));
		assertThat(find("[data-live-badge]").isDisplayed()).isFalse();

		String token = token(otherPort, buyer.email());
		// A first message warms the other instance up (and shows the badge from zero).
		send(otherPort, token, second, "Warming up the other instance.");
		waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-live-unread]"), "1"));
		assertThat(find("[data-live-badge]").isDisplayed()).isTrue();

		// Timed from the other instance's 201 (the message is committed there).
		send(otherPort, token, first, "Is the walnut stain water based?");
		long sentAt = System.nanoTime();
		new WebDriverWait(this.browser, WITHIN).pollingEvery(Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.until((driver) -> find("#inbox-results").getText().contains("walnut stain")
					&& "2".equals(find("[data-live-unread]").getText()));
		long millis = Duration.ofNanos(System.nanoTime() - sentAt).toMillis();
		System.out.println("Live update across instances: row and badge after " + millis + " ms");
		assertThat(millis).isLessThan(WITHIN.toMillis());
		assertThat(find("[data-count='unread']").getText()).isEqualTo("2");
		assertThat(find("#inbox-results").getText()).contains("Warming up", "walnut stain");
		screenshot("live-inbox");

		// Opening one thread (a read mark) brings the badge down on the next page too.
		find(".thread-row a.thread-link").click();
		waitFor().until(ExpectedConditions.urlContains("/seller/threads/"));
		assertThat(find("[data-live-unread]").getText()).isEqualTo("1");
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

	private static String token(int port, String email) throws Exception {
		HttpResponse<String> response = post(port, "/api/v1/auth/tokens", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"live test\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static void send(int port, String token, Order order, String text) throws Exception {
		HttpResponse<String> response = post(port, "/api/v1/orders/" + order.id().value() + "/messages", token,
				"{\"action\":\"BUYER_QUESTION\",\"topic\":\"PRODUCT_QUESTION\",\"body\":\"<p>" + text + "</p>\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static HttpResponse<String> post(int port, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
