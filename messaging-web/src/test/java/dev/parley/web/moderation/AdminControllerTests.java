package dev.parley.web.moderation;

import java.time.Duration;
import java.util.List;

import dev.parley.core.account.MessagingStatus;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.Flag;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.settings.SettingsService;
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

class AdminControllerTests extends PageTestSupport {

	@Autowired
	ModerationService moderation;

	@Autowired
	SettingsService settings;

	private Flag flagged(ParleyUser admin, ParleyUser seller) {
		ParleyUser buyer = buyer();
		ThreadId thread = ask(buyer, order(buyer, seller, Duration.ofDays(2)),
				"<p>Cheaper at https://cheap-furniture.example/deal &lt;b&gt;now&lt;/b&gt;</p>");
		return this.moderation.openFlags(caller(admin), null, 1000)
			.stream()
			.filter((flag) -> flag.thread().equals(thread))
			.findFirst()
			.orElseThrow();
	}

	@org.springframework.beans.factory.annotation.Autowired
	dev.parley.core.account.Accounts accounts;

	@Test
	void theQueueAndTheFlaggedThreadWithMarkedSpans() throws Exception {
		ParleyUser admin = admin();
		Flag flag = flagged(admin, seller());

		this.mvc.perform(get("/admin/flags").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(view().name(AdminController.QUEUE_VIEW))
			.andExpect(content().string(containsString("/admin/threads/" + flag.thread().value())));
		this.mvc.perform(get("/admin/threads/" + flag.thread().value()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/flags/" + flag.id().value())))
			.andExpect(content().string(containsString("Flagged message")));
		this.mvc.perform(get("/admin/flags/" + flag.id().value()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(view().name(AdminController.FLAG_VIEW))
			.andExpect(content().string(containsString("<mark title=\"LINK_EXTERNAL\">")))
			.andExpect(content().string(containsString("&lt;b&gt;now&lt;/b&gt;")));
	}

	@Test
	void suspendingFromAFlagStopsThePartyItNamesHereTheBuyer() throws Exception {
		ParleyUser admin = admin();
		ParleyUser seller = seller();
		Flag flag = flagged(admin, seller);

		this.mvc
			.perform(post("/admin/flags/" + flag.id().value() + "/decision").param("kind", "SUSPEND")
				.with(as(admin))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a decision and give a reason.")));
		this.mvc
			.perform(post("/admin/flags/" + flag.id().value() + "/decision").param("kind", "SUSPEND")
				.param("reason", "Steers sellers to another shop.")
				.param("internalNote", "pattern across three threads")
				.with(as(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/flags"));
		long buyer = flag.party().value();
		assertThat(this.accounts.buyerSettings(flag.party()).status()).isEqualTo(MessagingStatus.SUSPENDED);
		assertThat(this.settings.sellerSettings(caller(seller)).status()).isEqualTo(MessagingStatus.ACTIVE);

		this.mvc.perform(get("/admin/buyers/" + buyer).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Steers sellers to another shop.")))
			.andExpect(content().string(containsString("pattern across three threads")));
		this.mvc.perform(get("/admin/sellers/" + buyer).with(as(admin))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/buyers/" + buyer + "/decision").param("kind", "REINSTATE")
				.param("reason", "Appeal accepted.")
				.with(as(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/buyers/" + buyer));
		assertThat(this.accounts.buyerSettings(flag.party()).status()).isEqualTo(MessagingStatus.ACTIVE);
	}

	@Test
	void verifyingTheChain() throws Exception {
		ParleyUser admin = admin();
		Flag flag = flagged(admin, seller());

		this.mvc.perform(get("/admin/threads/" + flag.thread().value() + "/verify").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The record is intact: all 1 messages")));
		this.mvc.perform(get("/admin/threads/999999999/verify").with(as(admin))).andExpect(status().isNotFound());
	}

	@Test
	void adminPagesAreForAdminsOnly() throws Exception {
		for (ParleyUser user : List.of(seller(), buyer())) {
			this.mvc.perform(get("/admin/flags").with(as(user))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/flags/1/decision").param("kind", "DISMISS").param("reason", "x").with(as(admin())))
			.andExpect(status().isForbidden());
	}

}
