package dev.parley.web.settings;

import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class SettingsControllerTests extends PageTestSupport {

	@Autowired
	SettingsService settings;

	@Test
	void aSellerTurnsBuyerMessagesOffAndOn() throws Exception {
		ParleyUser seller = seller();
		this.mvc.perform(get("/seller/settings").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(view().name(SettingsController.SELLER_VIEW))
			.andExpect(content().string(containsString("Active")));
		this.mvc.perform(post("/seller/settings").with(as(seller)).with(csrf()))
			.andExpect(redirectedUrl("/seller/settings"));
		assertThat(this.settings.sellerSettings(caller(seller)).buyerMessagesEnabled()).isFalse();
		this.mvc
			.perform(post("/seller/settings").param("buyerMessagesEnabled", "true")
				.param("notificationEmail", "orders@northwind.example")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/settings"));
		assertThat(this.settings.sellerSettings(caller(seller)).notificationEmail())
			.isEqualTo("orders@northwind.example");
	}

	@Test
	void anInvalidAddressIsShownOnTheForm() throws Exception {
		this.mvc
			.perform(post("/seller/settings").param("buyerMessagesEnabled", "true")
				.param("notificationEmail", "not an address")
				.with(as(seller()))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a valid email address.")));
	}

	@Test
	void aBuyerOptsOut() throws Exception {
		ParleyUser buyer = buyer();
		this.mvc.perform(get("/buyer/settings").with(as(buyer)))
			.andExpect(status().isOk())
			.andExpect(view().name(SettingsController.BUYER_VIEW));
		this.mvc.perform(post("/buyer/settings").param("optOutNonEssential", "true").with(as(buyer)).with(csrf()))
			.andExpect(redirectedUrl("/buyer/settings"));
		assertThat(this.settings.buyerSettings(caller(buyer)).optOutNonEssential()).isTrue();
		this.mvc.perform(post("/buyer/settings").param("optOutNonEssential", "true").with(as(buyer)))
			.andExpect(status().isForbidden());
	}

}
