package dev.parley.web.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import dev.parley.core.account.Account;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ReportReason;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Appeal;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagSource;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.order.Order;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.platform.Caller;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.token.ApiTokenService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Trust and safety for both parties (issue 14), through every channel: a buyer's rule hit
 * and a seller's report against a buyer are about the buyer; the buyer is warned, then
 * suspended, and a suspended buyer's page, API and email sends are refused (the buyer
 * still reads); the notices are emailed; an appeal overturns a suspension and restores
 * the status before it; a warning expires.
 */
@AutoConfigureMockMvc
class TrustAndSafetyIT extends RelayTestSupport {

	static final int SMTP_PORT = freePort();

	static final GreenMail greenMail = startGreenMail(SMTP_PORT);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		relayProperties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopGreenMail() {
		greenMail.stop();
	}

	@Override
	GreenMail greenMail() {
		return greenMail;
	}

	@Autowired
	ModerationService moderationService;

	@Autowired
	Moderation moderation;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService tokens;

	@Test
	void aBuyersRuleHitIsTheBuyersAndTheWarnedThenSuspendedBuyerCannotSendOnAnyChannelButStillReads() throws Exception {
		Account buyer = buyer("Bianca Reyes");
		Account seller = seller("Oakline Furniture");
		Account admin = register(Role.ADMIN, "Ada Admin", dev.parley.core.account.Language.EN);
		Order order = order(buyer, seller, Duration.ofDays(2));
		ThreadId thread = posted(
				this.messaging.sendToOrder(Caller.of(buyer), order.id(),
						new Compose(null, Topic.PRODUCT_QUESTION, "Walnut organizer",
								"<p>Is it like https://woodcare.example.org/walnut-organizer ?</p>", List.of())))
			.thread();

		Flag hit = this.moderation.flags(thread).get(0);
		assertThat(hit.source()).isEqualTo(FlagSource.RULE);
		assertThat(hit.party()).isEqualTo(buyer.id());
		assertThat(hit.partyRole()).isEqualTo(Role.BUYER);
		Cases.Case queued = this.moderationService.caseOf(Caller.of(admin), thread);
		assertThat(queued.partyRoles()).containsExactly(Role.BUYER);

		AdminDecision warn = this.moderationService.decide(Caller.of(admin), hit.id(), DecisionKind.WARN,
				"Keep the conversation on the marketplace.", "second link this week");
		assertThat(warn.party()).isEqualTo(buyer.id());
		assertThat(warn.partyRole()).isEqualTo(Role.BUYER);
		assertThat(warn.internalNote()).isEqualTo("second link this week");
		assertThat(this.accounts.buyerSettings(buyer.id()).status()).isEqualTo(MessagingStatus.WARNED);
		assertThat(this.accounts.sellerSettings(seller.id()).status()).as("the seller did nothing")
			.isEqualTo(MessagingStatus.ACTIVE);
		MimeMessage warning = awaitMail(buyer.email(), (mail) -> everything(mail).contains("issued a warning"));
		assertThat(everything(warning)).contains("Keep the conversation on the marketplace.")
			.doesNotContain("second link this week");
		assertThat(this.moderation.notices(seller.id(), null, 10)).isEmpty();

		AdminDecision suspend = this.moderationService.decideForParty(Caller.of(admin), buyer.id(),
				DecisionKind.SUSPEND, "Repeated off-platform links.", null);
		assertThat(suspend.statusBefore()).isEqualTo(MessagingStatus.WARNED);
		assertThat(this.accounts.buyerSettings(buyer.id()).status()).isEqualTo(MessagingStatus.SUSPENDED);

		// API
		String token = this.tokens.issue(buyer, "test").secret();
		MvcResult api = this.mvc
			.perform(post("/api/v1/threads/" + thread.value() + "/messages").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"Hello again\"}"))
			.andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(422);
		assertThat(api.getResponse().getContentAsString()).contains("MESSAGING_SUSPENDED");
		// page
		ParleyUser page = new ParleyUser(buyer, "{noop}unused");
		MvcResult form = this.mvc
			.perform(multipart("/buyer/threads/" + thread.value() + "/messages").param("body", "Hello from the page")
				.with(csrf())
				.with(user(page)))
			.andReturn();
		assertThat(form.getResponse().getStatus()).isEqualTo(422);
		assertThat(form.getResponse().getContentAsString()).contains("Your messaging is suspended");
		// email
		smtpSend(buyer.email(), sellerAlias(buyer, seller), "Re: Walnut organizer", "Hello by email", Map.of());
		MimeMessage bounce = awaitMail(buyer.email(), (mail) -> everything(mail).contains("MESSAGING_SUSPENDED"));
		assertThat(bounce).isNotNull();
		assertThat(messages(thread)).extracting(Message::text)
			.noneMatch((text) -> text.contains("Hello again") || text.contains("Hello from the page")
					|| text.contains("Hello by email"));
		// ...and still reads
		assertThat(this.mvc.perform(get("/buyer/threads/" + thread.value()).with(user(page)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		String inbox = this.mvc.perform(get("/buyer/inbox").with(user(page)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inbox).contains("id=\"standing-banner\"").contains("Your messaging is suspended");
		assertThat(inbox).containsPattern("data-notice-badge[^>]*><span>2</span>");
	}

	@Test
	void aSellersReportAgainstABuyerIsTheBuyersAndAnOverturnedSuspensionRestoresTheWarning() throws Exception {
		Account buyer = buyer("Bruno Keller");
		Account seller = seller("Harbor Lamps");
		Account admin = register(Role.ADMIN, "Ari Admin", dev.parley.core.account.Language.EN);
		Order order = order(buyer, seller, Duration.ofDays(2));
		SendResult.Posted question = posted(this.messaging.sendToOrder(Caller.of(buyer), order.id(),
				new Compose(null, Topic.OTHER, "Lamp", "<p>You people are useless.</p>", List.of())));
		this.messaging.report(Caller.of(seller), question.thread(), question.message().id(), ReportReason.HARASSMENT,
				"Insulting");

		Flag report = this.moderation.flags(question.thread())
			.stream()
			.filter((flag) -> flag.source() == FlagSource.REPORT)
			.findFirst()
			.orElseThrow();
		assertThat(report.party()).isEqualTo(buyer.id());
		assertThat(report.partyRole()).isEqualTo(Role.BUYER);
		assertThat(report.raisedBy()).isEqualTo(seller.id());

		this.moderationService.decideForParty(Caller.of(admin), buyer.id(), DecisionKind.WARN, "Be civil.", null);
		AdminDecision suspend = this.moderationService.decide(Caller.of(admin), report.id(), DecisionKind.SUSPEND,
				"Harassment of a seller.", "confirmed with the seller's support ticket");
		assertThat(this.accounts.buyerSettings(buyer.id()).status()).isEqualTo(MessagingStatus.SUSPENDED);

		Appeal appeal = this.moderationService.appeal(Caller.of(buyer), suspend.id(),
				"I was angry, it will not happen again.");
		assertThat(this.moderationService.openAppeals(Caller.of(admin), 1000)).extracting(Appeal::id)
			.contains(appeal.id());
		AdminDecision overturn = this.moderationService.decideAppeal(Caller.of(admin), appeal.id(), true,
				"A first incident: the suspension is lifted.", null);

		assertThat(overturn.kind()).isEqualTo(DecisionKind.OVERTURN);
		assertThat(this.accounts.buyerSettings(buyer.id()).status()).as("the status before the suspension")
			.isEqualTo(MessagingStatus.WARNED);
		assertThat(this.moderation.notices(buyer.id(), null, 1).get(0).kind()).isEqualTo("OVERTURN");
		awaitMail(buyer.email(), (mail) -> everything(mail).contains("the suspension is lifted"));
		assertThat(posted(this.messaging.reply(Caller.of(buyer), question.thread(),
				new Compose(null, Topic.OTHER, null, "<p>Sorry about that.</p>", List.of()))))
			.isNotNull();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.moderationService.appeal(Caller.of(buyer), suspend.id(), "again"))
			.isInstanceOf(dev.parley.web.platform.BadRequestException.class);
	}

	@Test
	void aWarningExpiresAfterItsTimeAndTheThirdWarningInForceSuspends() {
		Account seller = seller("Quill & Co");
		Account admin = register(Role.ADMIN, "Abe Admin", dev.parley.core.account.Language.EN);
		this.moderationService.decideForParty(Caller.of(admin), seller.id(), DecisionKind.WARN, "Promotional.", null);
		assertThat(this.accounts.sellerSettings(seller.id()).status()).isEqualTo(MessagingStatus.WARNED);

		this.moderationService.expireWarnings(Instant.now().plus(Duration.ofDays(89)));
		assertThat(this.accounts.sellerSettings(seller.id()).status()).isEqualTo(MessagingStatus.WARNED);
		this.moderationService.expireWarnings(Instant.now().plus(Duration.ofDays(91)));
		assertThat(this.accounts.sellerSettings(seller.id()).status()).isEqualTo(MessagingStatus.ACTIVE);
		assertThat(this.moderation.notices(seller.id(), null, 1).get(0).kind()).isEqualTo("EXPIRED");

		// the ladder counts warnings by the real clock: a party of its own, so that the
		// warning ended above by a sweep in the future does not take part
		Account repeat = seller("Quill & Co Outlet");
		this.moderationService.decideForParty(Caller.of(admin), repeat.id(), DecisionKind.WARN, "Promotional.", null);
		AdminDecision second = this.moderationService.decideForParty(Caller.of(admin), repeat.id(), DecisionKind.WARN,
				"Again.", null);
		assertThat(second.kind()).as("two warnings in force: still a warning").isEqualTo(DecisionKind.WARN);
		assertThat(this.accounts.sellerSettings(repeat.id()).status()).isEqualTo(MessagingStatus.WARNED);
		AdminDecision third = this.moderationService.decideForParty(Caller.of(admin), repeat.id(), DecisionKind.WARN,
				"And again.", null);
		assertThat(third.kind()).as("three warnings in force: the ladder suspends").isEqualTo(DecisionKind.SUSPEND);
		assertThat(third.escalated()).isTrue();
		assertThat(this.accounts.sellerSettings(repeat.id()).status()).isEqualTo(MessagingStatus.SUSPENDED);
	}

}
