package dev.parley.web.browser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.platform.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller working the inbox: several threads at once, a date range typed the wrong way
 * round, times in the seller's own zone.
 */
class SellerWorkspaceIT extends BrowserTestSupport {

	@Test
	void noResponseNeededOnThreeThreadsAtOnce() {
		Account seller = account(Role.SELLER, Language.EN, "Bulk Basket Co");
		Account buyer = account(Role.BUYER, Language.EN, "Ola Berg");
		List<ThreadId> threads = List.of(ask(buyer, order(buyer, seller, null), "<p>Thanks, all good!</p>"),
				ask(buyer, order(buyer, seller, null), "<p>Great, received.</p>"),
				ask(buyer, order(buyer, seller, null), "<p>Perfect, cheers.</p>"));
		ThreadId stillOpen = ask(buyer, order(buyer, seller, null), "<p>Where is the second box?</p>");

		signIn(seller);
		open("/seller/inbox?filter=needs-response");
		assertThat(count("needs-response")).isEqualTo(4);
		for (ThreadId thread : threads) {
			find("#select-" + thread.value()).click();
		}
		find("#bulk-form button[value='no-response-needed']").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-area .alert-ok")));
		assertThat(find(".flash-area .alert-ok").getText()).contains("3 threads marked");
		assertThat(this.browser.getCurrentUrl()).contains("filter=needs-response");
		assertThat(count("needs-response")).isEqualTo(1);
		assertThat(findAll(".thread-row")).hasSize(1);
		assertThat(find(".thread-row").getAttribute("data-thread")).isEqualTo(String.valueOf(stillOpen.value()));
		screenshot("inbox-bulk-done");
	}

	@Test
	void aReversedDateRangeIsExplainedNextToTheFieldsAndTheInboxStays() {
		Account seller = account(Role.SELLER, Language.EN, "Range Rovers Ltd");
		Account buyer = account(Role.BUYER, Language.EN, "Ivo Petrov");
		ask(buyer, order(buyer, seller, null), "<p>Can I change the colour to green?</p>");

		signIn(seller);
		open("/seller/inbox");
		this.browser.executeScript("document.getElementById('from').value = '2026-06-30';"
				+ " document.getElementById('to').value = '2026-06-01';");
		find(".inbox-search button[type=submit]").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("range-error")));
		assertThat(find("#range-error").getText()).contains("The start date is after the end date");
		assertThat(find("#from").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("#from").getAttribute("aria-describedby")).isEqualTo("range-error");
		assertThat(find("h1").getText()).isNotBlank();
		assertThat(find("#inbox-results").getText()).contains("colour to green");
		assertThat(findAll(".filters a")).isNotEmpty();
		screenshot("inbox-range-reversed");
	}

	@Test
	void timesAreShownInTheSellersZoneWithRelativeForms() {
		Account seller = account(Role.SELLER, Language.EN, "Tokyo Timber KK");
		Account buyer = account(Role.BUYER, Language.EN, "Lena Vogel");
		ThreadId thread = ask(buyer, order(buyer, seller, null), "<p>When does it ship?</p>");

		signIn(seller);
		open("/seller/settings");
		new Select(find("#zone")).selectByValue("Asia/Tokyo");
		find(".time-zone-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-area .alert-ok")));
		assertThat(new Select(find("#zone")).getFirstSelectedOption().getAttribute("value")).isEqualTo("Asia/Tokyo");

		open("/seller/inbox");
		WebElement when = find(".thread-row time.when");
		Instant at = Instant.parse(when.getAttribute("datetime"));
		String tokyo = DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneId.of("Asia/Tokyo")));
		assertThat(when.getText()).matches("just now|\\d+ min ago");
		assertThat(when.getAttribute("title")).endsWith(", " + tokyo + " JST");
		WebElement due = find(".thread-row .due");
		assertThat(due.getText()).matches("2[23] h \\d+ min left");
		String dueTokyo = DateTimeFormatter.ofPattern("HH:mm")
			.format(Instant.parse(due.getAttribute("data-due")).atZone(ZoneId.of("Asia/Tokyo")));
		assertThat(due.getAttribute("title")).startsWith("Due ").endsWith(", " + dueTokyo + " JST");

		open("/seller/threads/" + thread.value());
		assertThat(find(".messages time").getText()).endsWith(tokyo + " JST");
		screenshot("thread-in-tokyo");
	}

}
