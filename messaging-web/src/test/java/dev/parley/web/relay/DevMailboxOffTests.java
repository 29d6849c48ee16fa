package dev.parley.web.relay;

import dev.parley.web.testing.PageTestSupport;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without the explicit switch there is no development mailbox, not even for admins; and
 * nobody but admins reaches {@code /dev/**}.
 */
class DevMailboxOffTests extends PageTestSupport {

	@Test
	void theMailboxIsOffUnlessEnabledAndForAdminsOnly() throws Exception {
		this.mvc.perform(get("/dev/mailbox").with(as(admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/mailbox").with(as(buyer()))).andExpect(status().isForbidden());
	}

}
