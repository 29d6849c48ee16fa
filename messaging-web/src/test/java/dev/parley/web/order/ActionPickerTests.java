package dev.parley.web.order;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seller's action picker never preselects a critical action: with nothing awaiting
 * the seller must choose, and a send without a choice is refused, not sent as a default.
 */
class ActionPickerTests extends PageTestSupport {

	private static final Pattern SELECTED = Pattern.compile("<option[^>]*selected[^>]*>");

	@Autowired
	Conversations conversations;

	@Test
	void theOrderPageOffersAPlaceholderAndNoCriticalActionIsPreselected() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(3));

		String page = this.mvc.perform(get("/seller/orders/" + order.id().value()).with(as(seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(selectedOptions(page)).singleElement().satisfies((option) -> {
			assertThat(option).contains("value=\"\"").contains("disabled");
			assertThat(option).doesNotContain("data-critical");
		});
		assertThat(page).contains("<select id=\"action\" name=\"action\" required");
		assertThat(page).contains("<optgroup label=\"Critical: sent as [Important]");
	}

	@Test
	void theThreadPageOffersAPlaceholderOnceNothingAwaits() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(3));
		ThreadId thread = ask(buyer, order, "<p>Where is my parcel?</p>");
		String awaiting = this.mvc.perform(get("/seller/threads/" + thread.value()).with(as(seller)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(selectedOptions(awaiting)).singleElement()
			.satisfies((option) -> assertThat(option).contains("REPLY"));

		this.messaging.reply(caller(seller), thread, Compose.of(null, "<p>It left today.</p>"));
		String answered = this.mvc.perform(get("/seller/threads/" + thread.value()).with(as(seller)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(selectedOptions(answered)).singleElement().satisfies((option) -> {
			assertThat(option).contains("value=\"\"").doesNotContain("data-critical");
		});
	}

	@Test
	void aSendWithoutAChosenActionIsRefusedAndNothingIsStored() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(3));

		this.mvc
			.perform(multipart("/seller/orders/" + order.id().value() + "/messages").param("action", "")
				.param("body", "Oil the walnut once a month.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isBadRequest());

		assertThat(this.conversations.find(new ThreadKey(buyer.accountId(), seller.accountId(), order.id()))).isEmpty();
	}

	private static java.util.List<String> selectedOptions(String page) {
		int start = page.indexOf("<select id=\"action\"");
		String select = page.substring(start, page.indexOf("</select>", start));
		java.util.List<String> selected = new java.util.ArrayList<>();
		Matcher matcher = SELECTED.matcher(select);
		while (matcher.find()) {
			selected.add(matcher.group());
		}
		return selected;
	}

}
