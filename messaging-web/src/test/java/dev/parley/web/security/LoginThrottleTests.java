package dev.parley.web.security;

import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LoginThrottleTests extends PageTestSupport {

	@Test
	void afterFiveFailuresTheAccountMustWait() throws Exception {
		String email = seller().getUsername();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("wrong"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", matchesPattern("/login\\?throttled=\\d+")));
		this.mvc.perform(get("/login").param("throttled", "42"))
			.andExpect(content().string(containsString("Try again in 42 seconds.")));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

}
