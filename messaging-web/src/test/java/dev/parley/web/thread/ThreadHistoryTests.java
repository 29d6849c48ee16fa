package dev.parley.web.thread;

import java.time.Duration;

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
		assertThat(before).contains("name=\"messageId\"");

		this.messaging.report(caller(seller), thread, message, ReportReason.SPAM, "Advertising");

		String after = page(seller, thread);
		assertThat(after).contains("You reported this message (Spam)");
		assertThat(after).doesNotContain("name=\"messageId\"");
		assertThat(page(buyer, thread)).doesNotContain("You reported");
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
		String area = (user.role() == dev.parley.core.account.Role.SELLER) ? "seller" : "buyer";
		return this.mvc.perform(get("/" + area + "/threads/" + thread.value()).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
