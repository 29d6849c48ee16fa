package dev.parley.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.parley.core.account.Account;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.Flag;
import dev.parley.core.order.Order;
import dev.parley.core.template.Template;
import dev.parley.core.template.Templates;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.platform.Caller;
import dev.parley.web.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys of buyers, sellers and admins in a real browser.
 */
class BrowserJourneysIT extends BrowserTestSupport {

	@Autowired
	Templates templates;

	@Autowired
	ModerationService moderation;

	@Test
	void aBuyerAsksWithAPdfAndTheSellerRepliesFromATemplate() throws IOException {
		Account seller = account(Role.SELLER, Language.EN, "Fjord Furniture");
		Account buyer = account(Role.BUYER, Language.EN, "Mia Novak");
		Order order = order(buyer, seller, Duration.ofDays(2));
		this.templates
			.save(new Template(null, seller.id(), "Replacement on its way", Language.EN, "Replacement for {{orderId}}",
					"<p>Hello {{buyerName}}, a replacement {{productTitle}} is on its way. — {{sellerName}}</p>",
					Map.of(), java.time.Instant.now()));
		Path pdf = Files.createTempFile("receipt", ".pdf");
		Files.write(pdf, SampleFiles.pdf("Receipt 2026-0042"));

		signIn(buyer);
		open("/buyer/orders/" + order.id().value());
		new Select(find("#topic")).selectByValue("RETURN_REFUND");
		find("#body").sendKeys("The top shelf arrived split along the grain. Photo of the receipt attached.");
		find("#files").sendKeys(pdf.toAbsolutePath().toString());
		find("#compose-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("/buyer/threads/"));
		assertThat(find(".messages").getText()).contains("split along the grain");
		assertThat(find(".attachments a").getText()).isEqualTo(pdf.getFileName().toString());

		signIn(seller);
		open("/seller/inbox");
		assertThat(count("needs-response")).isEqualTo(1);
		find("[data-filter='needs-response']").click();
		waitFor().until(ExpectedConditions.urlContains("filter=needs-response"));
		WebElement row = find(".thread-row");
		assertThat(row.getText()).contains("Mia Novak", order.id().value(), "split along the grain", "left");
		long renderMillis = (Long) this.browser.executeScript("var t = performance.getEntriesByType('navigation')[0];"
				+ " return Math.round(t.responseEnd - t.requestStart);");
		System.out
			.println("Seller inbox page (needs-response), server response incl. transfer: " + renderMillis + " ms");
		screenshot("seller-inbox");
		row.findElement(By.cssSelector("a.thread-link")).click();
		waitFor().until(ExpectedConditions.urlContains("/seller/threads/"));
		assertThat(find(".attachments a").getAttribute("href")).contains("/attachments/");

		find("#template-picker button[type=submit]").click();
		waitFor().until((driver) -> find("#body").getAttribute("value").contains("replacement"));
		assertThat(find("#body").getAttribute("value"))
			.isEqualTo("Hello Mia Novak, a replacement Oak bookshelf, 5 shelves is on its way. — Fjord Furniture");
		new Select(find("#action")).selectByValue("REPLY");
		find("#compose-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlContains("#latest"));
		assertThat(find(".flash-area").getText()).contains("Your message was sent.");

		open("/seller/inbox");
		assertThat(count("needs-response")).isZero();
	}

	@Test
	void aPhoneNumberIsHighlightedWhileTypingAndTheSendIsRefusedWithTheTextKept() {
		Account seller = account(Role.SELLER, Language.EN, "Harbor Lamps");
		Account buyer = account(Role.BUYER, Language.EN, "Leo Park");
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(1)), "<p>Can you deliver on Friday?</p>");
		String text = "Sure, the courier will ring +1 415 555 0132 before arriving.";

		signIn(seller);
		open("/seller/threads/" + thread.value());
		find("#body").sendKeys(text);
		WebElement mark = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-result mark")));
		assertThat(mark.getText()).isEqualTo("+1 415 555 0132");
		assertThat(find("#check-result").getText()).contains("Remove the phone number");
		screenshot("thread-live-check");

		find("#compose-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".refusal")));
		assertThat(find(".refusal").getText()).contains("Your message was not sent", "Phone number");
		assertThat(find("#check-result mark").getText()).isEqualTo("+1 415 555 0132");
		assertThat(find("#body").getAttribute("value")).isEqualTo(text);
		screenshot("thread-refused");
	}

	@Test
	void anAdminSuspendsASellerFromAFlaggedThreadAndTheSellerCannotSend() {
		Account seller = account(Role.SELLER, Language.EN, "Quick Deals Ltd");
		Account buyer = account(Role.BUYER, Language.EN, "Sam Ortiz");
		Account admin = account(Role.ADMIN, Language.EN, "Trust & Safety");
		Order order = order(buyer, seller, Duration.ofDays(1));
		ThreadId thread = ask(buyer, order, "<p>Can I pay another way?</p>");
		// the buyer reports the seller's answer: the report is about the seller (issue
		// 14)
		Message answer = ((SendResult.Posted) this.messaging.reply(Caller.of(seller), thread,
				Compose.of(null, "<p>Pay our rep in cash when the parcel comes, it is cheaper.</p>")))
			.message();
		this.messaging.report(Caller.of(buyer), thread, answer.id(), ReportReason.OFF_PLATFORM,
				"They want cash off the marketplace.");
		ask(buyer, order, "<p>Is that really allowed?</p>");
		Flag flag = this.moderation.openFlags(Caller.of(admin), null, 1000)
			.stream()
			.filter((candidate) -> candidate.thread().equals(thread))
			.findFirst()
			.orElseThrow();

		signIn(admin);
		open("/admin/flags");
		assertThat(find(".flag-queue").getText()).contains("Quick Deals Ltd");
		screenshot("admin-queue");
		open("/admin/flags/" + flag.id().value());
		screenshot("admin-flagged-thread");
		find("#decision-form input[value='SUSPEND']").click();
		find("#reason").sendKeys("Steers buyers to pay off the marketplace.");
		find("#decision-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/admin/flags$"));
		assertThat(find(".flash-area").getText()).contains("suspended");

		signIn(seller);
		open("/seller/threads/" + thread.value());
		find("#body").sendKeys("Please ignore that message, pay on the marketplace.");
		find("#compose-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".refusal")));
		assertThat(find(".refusal").getText()).contains("Your messaging is suspended");
		open("/seller/inbox?tab=notices");
		assertThat(find(".notices").getText()).contains("Your messaging has been suspended");
	}

	@Test
	void aSpanishSpeakingBuyerSeesTheSpanishUi() {
		Account seller = account(Role.SELLER, Language.EN, "Northwind");
		Account buyer = account(Role.BUYER, Language.ES, "Lucía Pérez");
		Order order = order(buyer, seller, null);

		signIn(buyer);
		open("/buyer/orders");
		assertThat(find("html").getAttribute("lang")).isEqualTo("es");
		assertThat(find("h1").getText()).isEqualTo("Tus pedidos");
		open("/buyer/orders/" + order.id().value());
		assertThat(find("#compose-form button[type=submit]").getText()).isEqualTo("Enviar");
		assertThat(find("label[for=topic]").getText()).isEqualTo("Tema");
		open("/buyer/settings");
		assertThat(find("h1").getText()).isEqualTo("Preferencias de comunicación");
	}

}
