package dev.parley.web.thread;

import java.time.Duration;
import java.util.List;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import dev.parley.web.testing.RenderCounters;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one render of the seller's thread and order pages costs: the content rules run at
 * most once (the action picker asks the thread model, which runs no rules), and the SQL
 * statements are counted and printed (the figures of the closing note).
 */
class SellerPageRenderTests extends PageTestSupport {

	@Test
	void aSellerThreadPageRunsTheContentRulesAtMostOnceAndPrintsItsStatements() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(8));
		ThreadId thread = ask(buyer, order, "<p>Does it fit a 60 cm drawer?</p>");
		this.messaging.reply(caller(seller), thread, dev.parley.web.conversation.Compose.of(null, "<p>It does.</p>"));
		ask(buyer, order, "<p>Thanks, and the colour?</p>");

		RenderCounters.reset();
		MvcResult page = this.mvc.perform(get("/seller/threads/" + thread.value()).with(as(seller)))
			.andExpect(status().isOk())
			.andReturn();

		print("seller thread page", RenderCounters.statements(), RenderCounters.policyChecks());
		assertThat(page.getResponse().getContentAsString()).contains("data-critical");
		assertThat(RenderCounters.policyChecks()).isLessThanOrEqualTo(1);
	}

	@Test
	void aSellerOrderPageRunsTheContentRulesAtMostOnceAndPrintsItsStatements() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(8));
		ask(buyer, order, "<p>Does it fit a 60 cm drawer?</p>");

		RenderCounters.reset();
		this.mvc.perform(get("/seller/orders/" + order.id().value()).with(as(seller))).andExpect(status().isOk());

		print("seller order page", RenderCounters.statements(), RenderCounters.policyChecks());
		assertThat(RenderCounters.policyChecks()).isLessThanOrEqualTo(1);
	}

	private static void print(String page, List<String> statements, int checks) {
		System.out.println(
				"SQL statements per " + page + ": " + statements.size() + " (content rules run " + checks + " times)");
		for (String statement : statements) {
			System.out.println("  " + statement.replaceAll("\\s+", " ").strip());
		}
	}

}
