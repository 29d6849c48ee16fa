package dev.parley.web.inbox;

import java.time.Duration;

import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.Order;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.settings.SettingsService;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class InboxControllerTests extends PageTestSupport {

	@Autowired
	SettingsService settings;

	@Test
	void sellerInboxShowsFiltersWithCountsAndTheRow() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		ask(buyer, order, "<p>Where is my parcel?</p>");

		this.mvc.perform(get("/seller/inbox").param("filter", "needs-response").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(view().name(InboxController.VIEW))
			.andExpect(model().attribute("filter", dev.parley.core.inbox.InboxFilter.NEEDS_RESPONSE))
			.andExpect(content().string(containsString("Needs response")))
			.andExpect(content().string(containsString("data-filter=\"needs-response\"")))
			.andExpect(content().string(containsString(order.id().value())))
			.andExpect(content().string(containsString("Where is my parcel?")))
			.andExpect(content().string(containsString("min left")))
			.andExpect(content().string(not(containsString("Buyer messages are turned off"))));
	}

	@Test
	void bannerWhenBuyerMessagesAreOff() throws Exception {
		ParleyUser seller = seller();
		this.settings.saveSellerSettings(caller(seller), false, null);

		this.mvc.perform(get("/seller/inbox").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Buyer messages are turned off")));
	}

	@Test
	void platformNoticesTab() throws Exception {
		this.mvc.perform(get("/seller/inbox").param("tab", "notices").with(as(seller())))
			.andExpect(status().isOk())
			.andExpect(view().name(InboxController.NOTICES_VIEW))
			.andExpect(content().string(containsString("No platform notices.")));
	}

	@Test
	void searchAndDateRangeNarrowThePage() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ask(buyer, order(buyer, seller, null), "<p>Question about the walnut finish</p>");

		this.mvc.perform(get("/seller/inbox").param("filter", "all").param("q", "zebra").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No conversations here.")));
		this.mvc.perform(get("/seller/inbox").param("filter", "all").param("from", "2000-01-01").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("walnut finish")));
	}

	@Test
	void badParametersAreABadRequestPage() throws Exception {
		this.mvc.perform(get("/seller/inbox").param("filter", "nonsense").with(as(seller())))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"));
		this.mvc.perform(get("/seller/inbox").param("from", "yesterday").with(as(seller())))
			.andExpect(status().isBadRequest())
			.andExpect(view().name(InboxController.VIEW))
			.andExpect(content().string(containsString("Enter dates as YYYY-MM-DD.")));
	}

	@Test
	void aReversedDateRangeIsExplainedInlineAndTheInboxStays() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ask(buyer, order(buyer, seller, null), "<p>Question about the oak shelf</p>");

		this.mvc
			.perform(get("/seller/inbox").param("filter", "all")
				.param("from", "2026-05-10")
				.param("to", "2026-05-01")
				.with(as(seller)))
			.andExpect(status().isBadRequest())
			.andExpect(view().name(InboxController.VIEW))
			.andExpect(model().attribute("rangeError", "inbox.range.reversed"))
			.andExpect(content().string(containsString("id=\"range-error\"")))
			.andExpect(content().string(containsString("The start date is after the end date.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("oak shelf")));
	}

	@Test
	void noResponseNeededOnSelectedThreadsAtOnce() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ParleyUser stranger = seller();
		ThreadId first = ask(buyer, order(buyer, seller, null), "<p>One</p>");
		ThreadId second = ask(buyer, order(buyer, seller, null), "<p>Two</p>");
		ThreadId third = ask(buyer, order(buyer, seller, null), "<p>Three</p>");
		ThreadId notMine = ask(buyer, order(buyer, stranger, null), "<p>Elsewhere</p>");

		this.mvc
			.perform(post("/seller/inbox/bulk").param("action", "no-response-needed")
				.param("thread", String.valueOf(first.value()), String.valueOf(second.value()),
						String.valueOf(notMine.value()))
				.param("filter", "needs-response")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/inbox?filter=needs-response"))
			.andExpect(flash().attribute("flash", hasItem("2 threads marked “No response needed”.")))
			.andExpect(flash().attribute("flashWarn", hasItem("1 of the selected threads needed no change.")));

		this.mvc.perform(get("/seller/inbox").param("filter", "needs-response").with(as(seller)))
			.andExpect(content().string(containsString("Three")))
			.andExpect(content().string(not(containsString("<span>One</span>"))))
			.andExpect(content().string(not(containsString("<span>Two</span>"))));
		assertThat(this.messaging.noResponseNeeded(caller(stranger), notMine)).isTrue();
		// Without CSRF nothing happens.
		this.mvc
			.perform(post("/seller/inbox/bulk").param("action", "no-response-needed")
				.param("thread", String.valueOf(third.value()))
				.with(as(seller)))
			.andExpect(status().isForbidden());
	}

	@Test
	void buyerInboxHasTheBuyerFiltersOnly() throws Exception {
		this.mvc.perform(get("/buyer/inbox").with(as(buyer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Needs response"))))
			.andExpect(content().string(containsString("Unread")));
	}

	@Test
	void rolesStayInTheirArea() throws Exception {
		this.mvc.perform(get("/seller/inbox").with(as(buyer()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/seller/inbox")).andExpect(status().is3xxRedirection());
	}

}
