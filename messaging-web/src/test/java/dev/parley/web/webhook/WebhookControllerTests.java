package dev.parley.web.webhook;

import dev.parley.core.integration.WebhookEndpoint;
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

class WebhookControllerTests extends PageTestSupport {

	@Autowired
	WebhookService webhooks;

	@Test
	void aSellerAddsAnEndpointSeesItsSecretRotatesItAndDisablesIt() throws Exception {
		ParleyUser seller = seller();
		this.mvc
			.perform(post("/seller/webhooks").param("url", "https://93.184.215.14/hooks")
				.param("description", "Order tool")
				.param("eventTypes", "message.received", "thread.overdue")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		WebhookEndpoint endpoint = this.webhooks.endpoints(caller(seller)).get(0);
		this.mvc.perform(get("/seller/webhooks/" + endpoint.id()).with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(endpoint.secret())))
			.andExpect(content().string(containsString("No deliveries yet.")));
		this.mvc.perform(get("/seller/webhooks").with(as(seller)))
			.andExpect(content().string(containsString("https://93.184.215.14/hooks")));

		this.mvc.perform(post("/seller/webhooks/" + endpoint.id() + "/secret").with(as(seller)).with(csrf()))
			.andExpect(redirectedUrl("/seller/webhooks/" + endpoint.id()));
		assertThat(this.webhooks.endpoint(caller(seller), endpoint.id()).secret()).isNotEqualTo(endpoint.secret());
		this.mvc
			.perform(post("/seller/webhooks/" + endpoint.id() + "/enabled").param("enabled", "false")
				.with(as(seller))
				.with(csrf()))
			.andExpect(redirectedUrl("/seller/webhooks/" + endpoint.id()));
		assertThat(this.webhooks.endpoint(caller(seller), endpoint.id()).enabled()).isFalse();

		this.mvc.perform(get("/seller/webhooks/" + endpoint.id()).with(as(seller()))).andExpect(status().isNotFound());
	}

	@Test
	void aReceiverOnThePrivateNetworkIsRefusedWithAnExplanation() throws Exception {
		this.mvc
			.perform(post("/seller/webhooks").param("url", "https://169.254.169.254/latest")
				.param("eventTypes", "message.received")
				.with(as(seller()))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("private, loopback or link-local")));
	}

}
