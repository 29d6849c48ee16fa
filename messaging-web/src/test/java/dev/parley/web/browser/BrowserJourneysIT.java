package dev.parley.web.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys of buyers, sellers and admins in a real browser.
 */
class BrowserJourneysIT extends BrowserTestSupport {

	@Autowired
	Templates templates;

	@Autowired
	ModerationService moderation;

	@Autowired
	JdbcTemplate jdbc;

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
		// the buyer reports the seller's answer, which the rules let through: the report
		// is about the seller (issue 14). ("Pay our rep in cash" is blocked since the
		// round-19 cues.)
		Message answer = ((SendResult.Posted) this.messaging.reply(Caller.of(seller), thread,
				Compose.of(null,
						"<p>Our driver takes the payment at the door when the parcel comes, it is cheaper.</p>")))
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

	/**
	 * Issue 14: a seller's report against a buyer is about the buyer. An admin finds the
	 * buyer by name, opens the flagged conversation (the reported message marked, with
	 * its reporter), warns the buyer with an internal note; the buyer sees the notice,
	 * the unread badge and the warning banner, gets the warning by email, and never sees
	 * the internal note.
	 */
	@Test
	void anAdminFindsABuyerByNameAndWarnsThemAndTheBuyerSeesTheNoticeBadgeBannerAndEmailButNotTheNote()
			throws Exception {
		Account seller = account(Role.SELLER, Language.EN, "Harbor Lamps");
		Account buyer = account(Role.BUYER, Language.EN, "Greta Lindqvist");
		Account admin = account(Role.ADMIN, Language.EN, "Trust & Safety");
		Order order = order(buyer, seller, Duration.ofDays(1));
		ThreadId thread = ask(buyer, order, "<p>Where is my lamp?</p>");
		Message rude = ((SendResult.Posted) this.messaging.reply(Caller.of(buyer), thread,
				Compose.of(null, "<p>Answer today or I will tell everyone what a joke your shop is.</p>")))
			.message();
		this.messaging.report(Caller.of(seller), thread, rude.id(), ReportReason.HARASSMENT,
				"Threatening us over a one-day delay.");
		Flag report = this.moderation.openFlags(Caller.of(admin), null, 1000)
			.stream()
			.filter((candidate) -> candidate.thread().equals(thread) && candidate.raisedBy() != null)
			.findFirst()
			.orElseThrow();
		String reason = "Please keep your messages to sellers civil.";
		String note = "Seller support ticket 4711 confirms the delay was announced.";

		signIn(admin);
		open("/admin/buyers");
		find("#party-q").sendKeys("lindqvist");
		find("#party-q").submit();
		waitFor().until(ExpectedConditions.urlContains("q=lindqvist"));
		WebElement row = this.browser
			.findElement(By.xpath("//table[contains(@class,'party-list')]//tr[.//a[contains(@href,'/admin/buyers/"
					+ buyer.id().value() + "')]]"));
		assertThat(row.getText()).contains("Greta Lindqvist", "Active");
		row.findElement(By.tagName("a")).click();
		waitFor().until(ExpectedConditions.urlMatches(".*/admin/buyers/" + buyer.id().value() + "$"));
		assertThat(find("#seller-status").getText()).isEqualTo("Active");
		find("section[aria-labelledby=threads-heading] a[href$='/admin/threads/" + thread.value() + "']").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/admin/threads/" + thread.value() + "$"));
		WebElement marked = find("#m" + rude.seq());
		assertThat(marked.findElement(By.cssSelector(".reported-mark")).getText()).contains("Reported message",
				"Reported by Harbor Lamps", "HARASSMENT");
		assertThat(marked.getText()).contains("Greta Lindqvist", "what a joke your shop is");
		assertThat(findAll(".reported-mark")).as("only the reported message is marked").hasSize(1);
		screenshot("admin-buyer-thread");
		find(".flag-list a[href$='/admin/flags/" + report.id().value() + "']").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/admin/flags/" + report.id().value() + "$"));
		assertThat(find("#flag-party").getText()).contains("Greta Lindqvist", "buyer");
		assertThat(find("#flag-reporter").getText()).isEqualTo("Reported by Harbor Lamps");
		find("#decision-form input[value='WARN']").click();
		find("#reason").sendKeys(reason);
		find("#internalNote").sendKeys(note);
		find("#decision-form button[type=submit]").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/admin/flags$"));
		assertThat(find(".flash-area").getText()).contains("The party was warned.");
		open("/admin/buyers/" + buyer.id().value());
		assertThat(find("#seller-status").getText()).isEqualTo("Warned");
		assertThat(find("section[aria-labelledby=history-heading]").getText()).as("admins see the note")
			.contains(reason, note, "Trust & Safety");

		signIn(buyer);
		open("/buyer/inbox");
		assertThat(find("#standing-banner").getText()).contains("Your messaging is under a warning until");
		assertThat(find("[data-notice-badge]").getText()).startsWith("1");
		screenshot("buyer-warned-inbox");
		assertThat(this.browser.getPageSource()).doesNotContain(note);
		find("#standing-banner a").click();
		waitFor().until(ExpectedConditions.urlContains("/buyer/notices"));
		assertThat(find(".notices").getText()).contains("Warning about your messages", "issued a warning", reason);
		assertThat(find(".decision-list").getText()).contains(reason);
		assertThat(this.browser.getPageSource()).doesNotContain(note);
		open("/buyer/threads/" + thread.value());
		assertThat(find(".messages").getText()).contains("what a joke your shop is");
		assertThat(this.browser.getPageSource()).doesNotContain(note).doesNotContain("Reported by");
		open("/buyer/inbox");
		assertThat(findAll("[data-notice-badge]")).as("the notice was read").isEmpty();
		assertThat(find("#standing-banner").getText()).contains("under a warning");

		List<byte[]> emails = this.jdbc.queryForList(
				"SELECT prepared FROM outbox_email WHERE to_address = ? AND prepared IS NOT NULL ORDER BY id",
				byte[].class, buyer.email());
		assertThat(emails).as("the warning email is in the outbox").hasSize(1);
		MimeMessage email = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(emails.get(0)));
		assertThat(email.getSubject()).contains("Warning about your messages");
		assertThat(email.getContent().toString()).contains("issued a warning", reason, "/buyer/notices")
			.doesNotContain(note);
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
