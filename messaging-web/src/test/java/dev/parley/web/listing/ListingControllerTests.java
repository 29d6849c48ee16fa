package dev.parley.web.listing;

import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ListingControllerTests extends PageTestSupport {

	@Test
	void aBuyerAsksBeforeBuying() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();

		this.mvc.perform(get("/listings/" + seller.accountId().value()).with(as(buyer)))
			.andExpect(status().isOk())
			.andExpect(view().name(ListingController.VIEW))
			.andExpect(content().string(containsString(seller.displayName())));
		this.mvc
			.perform(multipart("/listings/" + seller.accountId().value() + "/questions")
				.param("topic", "PRODUCT_QUESTION")
				.param("body", "Is the mug dishwasher safe?")
				.with(as(buyer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/buyer/threads/*"));
	}

	@Test
	void aRefusedQuestionKeepsTheText() throws Exception {
		ParleyUser seller = seller();
		this.mvc
			.perform(multipart("/listings/" + seller.accountId().value() + "/questions")
				.param("body", "See http://example.com/mug")
				.with(as(buyer()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("See http://example.com/mug</textarea>")));
	}

	@Test
	void onlySellersHaveListingsAndOnlyBuyersAsk() throws Exception {
		ParleyUser buyer = buyer();
		this.mvc.perform(get("/listings/" + buyer.accountId().value()).with(as(buyer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/listings/" + seller().accountId().value()).with(as(seller())))
			.andExpect(status().isForbidden());
	}

}
