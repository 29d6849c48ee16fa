package dev.parley.web.token;

import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TokenControllerTests extends PageTestSupport {

	@Autowired
	ApiTokenService tokens;

	@Test
	void creatingRedirectsAndTheSecretIsShownOnceOnTheNextPage() throws Exception {
		ParleyUser seller = seller();
		MvcResult created = this.mvc
			.perform(post("/seller/tokens").param("name", "Order tool").with(as(seller)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/seller/tokens"))
			.andExpect(content().string(not(containsString("prl_"))))
			.andReturn();
		assertThat(this.tokens.list(caller(seller))).hasSize(1);

		// The GET after the redirect shows the secret, uncached.
		this.mvc.perform(get("/seller/tokens").with(as(seller)).flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("value=\"prl_")));
		// Reloading it shows the list only, and creates nothing.
		this.mvc.perform(get("/seller/tokens").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Order tool")))
			.andExpect(content().string(not(containsString("value=\"prl_"))));
		assertThat(this.tokens.list(caller(seller))).hasSize(1);
	}

	@Test
	void revokingIsForOwnTokensOnly() throws Exception {
		ParleyUser seller = seller();
		this.mvc.perform(post("/seller/tokens").param("name", "Tool").with(as(seller)).with(csrf()));
		long id = this.tokens.list(caller(seller)).get(0).id();

		this.mvc.perform(post("/seller/tokens/" + id + "/revoke").with(as(seller())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/seller/tokens/" + id + "/revoke").with(as(seller))).andExpect(status().isForbidden());
		this.mvc.perform(post("/seller/tokens/" + id + "/revoke").with(as(seller)).with(csrf()))
			.andExpect(redirectedUrl("/seller/tokens"));
		assertThat(this.tokens.list(caller(seller)).get(0).revokedAt()).isNotNull();
	}

	@Test
	void aTooLongNameIsRefused() throws Exception {
		this.mvc.perform(post("/seller/tokens").param("name", "x".repeat(101)).with(as(seller())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("limited to 100 characters")));
	}

}
