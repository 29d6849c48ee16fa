package dev.parley.web.thread;

import java.time.Duration;

import dev.parley.web.conversation.Compose;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.Moderation;
import dev.parley.web.conversation.ThreadReader;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The thread page shows what happened: the viewer's own reports at the messages they
 * reported (with no second Report control), "No response needed" marks and admin
 * decisions.
 */
class ThreadHistoryTests extends PageTestSupport {

	@Autowired
	ThreadReader reader;

	@Autowired
	ModerationService moderationService;

	@Autowired
	Moderation moderation;

	@Test
	void theReporterSeesTheirReportAndIsNotOfferedASecondOne() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Buy cheaper elsewhere</p>");
		var message = this.reader.read(caller(seller), thread).messages().get(0).id();
		String before = page(seller, thread);
		assertThat(before).contains("?report=" + message.value() + "#report").doesNotContain("name=\"messageId\"");
		assertThat(page(seller, thread, "?report=" + message.value())).contains("id=\"report\"")
			.contains("name=\"messageId\" value=\"" + message.value() + "\"");

		this.messaging.report(caller(seller), thread, message, ReportReason.SPAM, "Advertising");

		String after = page(seller, thread);
		assertThat(after).contains("You reported this message (Spam)");
		assertThat(after).doesNotContain("?report=").doesNotContain("name=\"messageId\"");
		assertThat(page(buyer, thread)).doesNotContain("You reported");
		// reported already, and not the buyer's to report (their own message): no form
		this.mvc
			.perform(get("/seller/threads/" + thread.value()).param("report", Long.toString(message.value()))
				.with(as(seller)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/buyer/threads/" + thread.value()).param("report", Long.toString(message.value()))
				.with(as(buyer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLongThreadRendersOneReportFormAndOnlyForAMessageOfThatThread() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Where is my lamp?</p>");
		ThreadId other = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>And the other one?</p>");
		var message = this.reader.read(caller(seller), thread).messages().get(0).id();
		var elsewhere = this.reader.read(caller(seller), other).messages().get(0).id();

		String form = page(seller, thread, "?report=" + message.value());
		assertThat(form.split("name=\"messageId\"", -1)).hasSize(2);
		assertThat(form).contains("name=\"reason\"").contains("name=\"_csrf\"");
		this.mvc
			.perform(get("/seller/threads/" + thread.value()).param("report", Long.toString(elsewhere.value()))
				.with(as(seller)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/seller/threads/" + thread.value()).param("report", "not-a-message").with(as(seller)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLongThreadShowsItsLatestMessagesAndLinksToAllOfThem() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Question number 0</p>");
		int total = MessageWindow.LATEST + 6;
		for (int i = 1; i < total; i++) {
			ParleyUser sender = (i % 2 == 1) ? seller : buyer;
			this.messaging.reply(caller(sender), thread, Compose.of(null, "<p>Message number " + i + "</p>"));
		}
		var messages = this.reader.read(caller(seller), thread).messages();
		assertThat(messages).hasSize(total);

		String latest = page(seller, thread);
		assertThat(latest.split("class=\"message ", -1)).hasSize(MessageWindow.LATEST + 1);
		assertThat(latest).contains("Message number " + (total - 1))
			.contains("Message number 6<")
			.doesNotContain("Message number 5<")
			.doesNotContain("Question number 0")
			.contains("Show 6 earlier messages")
			.contains("/seller/threads/" + thread.value() + "?all=true");
		assertThat(page(buyer, thread)).contains("Show 6 earlier messages").doesNotContain("Question number 0");

		String all = page(seller, thread, "?all=true");
		assertThat(all.split("class=\"message ", -1)).hasSize(total + 1);
		assertThat(all).contains("Question number 0").doesNotContain("earlier messages");

		// the report form of an older message shows the whole thread, with the form at it
		var old = messages.get(0).id();
		String report = page(seller, thread, "?report=" + old.value());
		assertThat(report).contains("Question number 0").contains("name=\"messageId\" value=\"" + old.value() + "\"");
	}

	@Test
	void noResponseNeededMarksAndAdminDecisionsAreInTheHistory() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ParleyUser admin = admin();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Thanks!</p>");
		var message = this.reader.read(caller(seller), thread).messages().get(0).id();
		this.messaging.noResponseNeeded(caller(seller), thread);
		this.messaging.report(caller(seller), thread, message, ReportReason.OTHER, null);
		Flag flag = this.moderation.flags(thread).get(0);
		this.moderationService.decide(caller(admin), flag.id(), DecisionKind.DISMISS, "Nothing wrong here.");

		String page = page(seller, thread);

		assertThat(page).contains("History");
		assertThat(page).contains(seller.displayName() + " marked the thread &quot;No response needed&quot;.");
		// the seller reported the buyer's message: the decision is about the buyer
		assertThat(page).doesNotContain("Nothing wrong here.");
		assertThat(page(buyer, thread)).contains("dismissed it: Nothing wrong here.");
	}

	private String page(ParleyUser user, ThreadId thread) throws Exception {
		return page(user, thread, "");
	}

	private String page(ParleyUser user, ThreadId thread, String query) throws Exception {
		String area = (user.role() == dev.parley.core.account.Role.SELLER) ? "seller" : "buyer";
		return this.mvc.perform(get("/" + area + "/threads/" + thread.value() + query).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
