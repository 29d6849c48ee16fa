package dev.parley.web.inbox;

import java.time.Duration;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.InboxSort;
import dev.parley.web.conversation.Compose;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sorting, result counts, mark unread (bulk and single, without JavaScript), the last
 * writer and the header badge on the inbox pages.
 */
class InboxWorkControllerTests extends PageTestSupport {

	@Test
	void sortsReorderTheRowsAndPagingKeepsTheSort() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ask(buyer, order(buyer, seller, null), "<p>First alpha question</p>");
		ask(buyer, order(buyer, seller, null), "<p>Second beta question</p>");
		ask(buyer, order(buyer, seller, null), "<p>Third gamma question</p>");

		Document newest = page(seller, "/seller/inbox", "filter", "all");
		assertThat(snippets(newest)).containsExactly("Third gamma question", "Second beta question",
				"First alpha question");
		assertThat(newest.select("select#sort option").eachAttr("value")).containsExactly("newest", "oldest");
		Document oldest = page(seller, "/seller/inbox", "filter", "all", "sort", "oldest");
		assertThat(snippets(oldest)).containsExactly("First alpha question", "Second beta question",
				"Third gamma question");
		assertThat(oldest.select("select#sort option[selected]").attr("value")).isEqualTo("oldest");
		assertThat(oldest.select("#bulk-form input[name=sort]").attr("value")).isEqualTo("oldest");
		Document due = page(seller, "/seller/inbox", "filter", "needs-response");
		assertThat(due.select("select#sort option").eachAttr("value")).containsExactly("due-soonest", "newest",
				"oldest");
		assertThat(snippets(due)).startsWith("First alpha question");
		assertThat(snippets(page(seller, "/seller/inbox", "filter", "needs-response", "sort", "newest")))
			.startsWith("Third gamma question");

		// Due soonest needs due times: not a sort of "all".
		this.mvc.perform(get("/seller/inbox").param("filter", "all").param("sort", "due-soonest").with(as(seller)))
			.andExpect(status().isBadRequest());
		assertThat(InboxSort.choicesFor(dev.parley.core.inbox.InboxFilter.SENT)).doesNotContain(InboxSort.DUE_SOONEST);
	}

	@Test
	void nextAndPreviousLinksCarryTheSort() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		for (int i = 0; i < 27; i++) {
			ask(buyer, order(buyer, seller, null), "<p>Question number " + i + "</p>");
		}
		Document first = page(seller, "/seller/inbox", "filter", "all", "sort", "oldest");
		assertThat(snippets(first).get(0)).isEqualTo("Question number 0");
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).contains("sort=oldest");
		Document second = Jsoup.parse(this.mvc.perform(get(next).with(as(seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(snippets(second)).containsExactly("Question number 25", "Question number 26");
		// Page 2's way back is the first page (the trail has no earlier cursor).
		String previous = second.select("nav.pager a:not([rel])").attr("href");
		assertThat(previous).contains("sort=oldest");
		Document back = Jsoup
			.parse(this.mvc.perform(get(previous).with(as(seller))).andReturn().getResponse().getContentAsString());
		assertThat(snippets(back)).isEqualTo(snippets(first));
	}

	@Test
	void aSearchOrDateRangeSaysHowManyResults() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ask(buyer, order(buyer, seller, null), "<p>Is the walnut finish oiled?</p>");
		ask(buyer, order(buyer, seller, null), "<p>Does walnut darken over time?</p>");
		ask(buyer, order(buyer, seller, null), "<p>Which oak do you use?</p>");

		Document searched = page(seller, "/seller/inbox", "filter", "all", "q", "walnut");
		assertThat(searched.select(".result-count").text()).isEqualTo("2 results");
		assertThat(page(seller, "/seller/inbox", "filter", "all", "q", "oak").select(".result-count").text())
			.isEqualTo("1 result");
		assertThat(page(seller, "/seller/inbox", "filter", "all", "q", "zebra").select(".result-count").text())
			.isEqualTo("No results");
		assertThat(page(seller, "/seller/inbox", "filter", "all", "from", "2000-01-01").select(".result-count").text())
			.isEqualTo("3 results");
		// The filter's own count is on its tab; no result line without a search or range.
		assertThat(page(seller, "/seller/inbox", "filter", "all").select(".result-count")).isEmpty();
	}

	@Test
	void markUnreadInBulkAndOnOneThreadWithoutJavaScript() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId first = ask(buyer, order(buyer, seller, null), "<p>One</p>");
		ThreadId second = ask(buyer, order(buyer, seller, null), "<p>Two</p>");
		this.messaging.markRead(caller(seller), first);
		this.messaging.markRead(caller(seller), second);
		assertThat(badge(seller)).isEqualTo("0");

		this.mvc
			.perform(post("/seller/inbox/bulk").param("action", "unread")
				.param("thread", String.valueOf(first.value()), String.valueOf(second.value()))
				.param("filter", "all")
				.param("sort", "oldest")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/inbox?filter=all&sort=oldest"))
			.andExpect(flash().attribute("flash", hasItem("2 threads marked unread.")));
		assertThat(badge(seller)).isEqualTo("2");
		Document unread = page(seller, "/seller/inbox", "filter", "unread");
		assertThat(snippets(unread)).containsExactlyInAnyOrder("One", "Two");
		assertThat(page(seller, "/seller/inbox").select("#bulk-form button[value=unread]").text())
			.isEqualTo("Mark unread");

		// Opening reads it; "Mark unread" on the thread page makes it unread again.
		this.mvc.perform(get("/seller/threads/" + first.value()).with(as(seller))).andExpect(status().isOk());
		assertThat(badge(seller)).isEqualTo("1");
		this.mvc.perform(post("/seller/threads/" + first.value() + "/unread").with(as(seller)).with(csrf()))
			.andExpect(redirectedUrl("/seller/inbox"))
			.andExpect(flash().attribute("flash", hasItem("The thread is marked unread.")));
		assertThat(badge(seller)).isEqualTo("2");

		// Buyers too; another party's thread is a 404; without CSRF nothing happens.
		this.mvc.perform(get("/buyer/threads/" + first.value()).with(as(buyer))).andExpect(status().isOk());
		this.messaging.reply(caller(seller), first,
				new Compose(null, null, null, "<p>Answer</p>", java.util.List.of()));
		this.mvc.perform(get("/buyer/threads/" + first.value()).with(as(buyer))).andExpect(status().isOk());
		this.mvc.perform(post("/buyer/threads/" + first.value() + "/unread").with(as(buyer)).with(csrf()))
			.andExpect(redirectedUrl("/buyer/inbox"));
		assertThat(snippets(page(buyer, "/buyer/inbox", "filter", "unread"))).contains("Answer");
		this.mvc.perform(post("/seller/threads/" + first.value() + "/unread").with(as(seller())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/seller/threads/" + second.value() + "/unread").with(as(seller)))
			.andExpect(status().isForbidden());
	}

	@Test
	void rowsSayWhoWroteLast() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId answered = ask(buyer, order(buyer, seller, null), "<p>Asked</p>");
		ask(buyer, order(buyer, seller, null), "<p>Waiting</p>");
		this.messaging.reply(caller(seller), answered,
				new Compose(null, null, null, "<p>Answered</p>", java.util.List.of()));

		Document inbox = page(seller, "/seller/inbox", "filter", "all");
		assertThat(inbox.select(".thread-row .last-writer").eachText()).containsExactly("You:",
				buyer.displayName() + ":");
		Document buyerInbox = page(buyer, "/buyer/inbox");
		assertThat(buyerInbox.select(".thread-row .last-writer").eachText()).containsExactly(seller.displayName() + ":",
				"You:");
	}

	private String badge(ParleyUser user) throws Exception {
		return page(user, "/seller/orders").select("[data-live-unread]").first().text();
	}

	private Document page(ParleyUser user, String path, String... parameters) throws Exception {
		var request = get(path).with(as(user));
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static java.util.List<String> snippets(Document page) {
		return page.select(".thread-row .snippet > span:last-child").eachText();
	}

}
