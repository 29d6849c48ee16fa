package dev.parley.web.metrics;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Buyers' order and thread pages say when the seller is expected to answer (the 24-hour
 * rule, the waiting message's due time, the seller's median); sellers' pages do not. The
 * performance page's charts have unique ids and a phone variant.
 */
class BuyerExpectationTests extends PageTestSupport {

	@Test
	void buyersSeeTheRuleTheDueTimeAndTheSellersMedian() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));

		Document before = page(buyer, "/buyer/orders/" + order.id().value());
		assertThat(before.select(".expectation").text()).contains("within 24 hours")
			.doesNotContain("expected to answer by")
			.doesNotContain("usually answers");

		ThreadId thread = ask(buyer, order, "<p>Where is my parcel?</p>");
		Document waiting = page(buyer, "/buyer/threads/" + thread.value());
		assertThat(waiting.select(".expectation").text()).contains("The seller is expected to answer by",
				"within 24 hours");
		assertThat(waiting.select(".expectation time").attr("datetime")).isNotEmpty();
		assertThat(page(buyer, "/buyer/orders/" + order.id().value()).select(".expectation").text())
			.contains("expected to answer by");

		this.messaging.reply(caller(seller), thread, new Compose(null, null, null, "<p>Today.</p>", List.of()));
		Document answered = page(buyer, "/buyer/threads/" + thread.value());
		assertThat(answered.select(".expectation").text()).doesNotContain("expected to answer by")
			.contains("This seller usually answers within 1 min (median of the last 30 days).");

		assertThat(page(seller, "/seller/threads/" + thread.value()).select(".expectation")).isEmpty();
		assertThat(page(seller, "/seller/orders/" + order.id().value()).select(".expectation")).isEmpty();
	}

	@Test
	void thePerformancePageHasUniqueIdsAndAPhoneChart() throws Exception {
		Document page = page(seller(), "/seller/performance");
		Set<String> ids = new HashSet<>();
		for (Element element : page.select("[id]")) {
			assertThat(ids.add(element.id())).as("id " + element.id() + " repeated").isTrue();
		}
		assertThat(page.select("svg.chart")).hasSize(2);
		assertThat(page.select("svg.chart-wide-only").attr("viewBox")).isEqualTo("0 0 720 220");
		assertThat(page.select("svg.chart-phone-only").attr("viewBox")).isEqualTo("0 0 360 220");
		assertThat(page.select("svg.chart-phone-only g")).hasSize(13);
		for (Element chart : page.select("svg.chart")) {
			// labelled on the element (an SVG title is parsed as the page's title by HTML
			// parsers that do not know foreign content)
			assertThat(chart.attr("aria-label")).isNotBlank();
		}
	}

	private Document page(ParleyUser user, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
