package dev.parley.web.metrics;

import java.time.Duration;

import dev.parley.core.conversation.ThreadId;
import dev.parley.web.conversation.Compose;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class PerformanceControllerTests extends PageTestSupport {

	@Test
	void metricsAndAServerDrawnChart() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)), "<p>Hello?</p>");
		this.messaging.reply(caller(seller), thread, Compose.of(null, "<p>Hello, the parcel left today.</p>"));

		this.mvc.perform(get("/seller/performance").with(as(seller)))
			.andExpect(status().isOk())
			.andExpect(view().name(PerformanceController.VIEW))
			.andExpect(content().string(containsString("Last 7 days")))
			.andExpect(content().string(containsString("100 %")))
			.andExpect(content().string(containsString("<svg class=\"chart chart-wide-only\"")))
			.andExpect(content().string(containsString("class=\"bar-within\"")));
	}

	@Test
	void buyersHaveNoPerformancePage() throws Exception {
		this.mvc.perform(get("/seller/performance").with(as(buyer()))).andExpect(status().isForbidden());
	}

}
