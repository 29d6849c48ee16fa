package dev.parley.web.order;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadKey;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.order.Order;
import dev.parley.core.policy.Decision;
import dev.parley.web.attachment.AttachmentService;
import dev.parley.web.attachment.UploadResult;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.SendResult;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import dev.parley.web.testing.RenderCounters;
import dev.parley.web.testing.SampleFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page send stages its files and posts in one transaction: a refused send stores no
 * message, keeps the files attached to the form for the next try (one staged upload per
 * file, never orphaned copies), and abandoned uploads are purged by age.
 */
class StagedAttachmentsTests extends PageTestSupport {

	private static final Pattern STAGED = Pattern.compile("name=\"staged\" value=\"(\\d+)\"");

	@Autowired
	Conversations conversations;

	@Autowired
	Attachments attachments;

	@Autowired
	AttachmentService attachmentService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRefusedSendKeepsItsFilesForTheNextTry() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		String path = "/seller/orders/" + order.id().value() + "/messages";

		String refused = this.mvc
			.perform(multipart(path)
				.file(new MockMultipartFile("files", "manual.pdf", "application/pdf", OrderControllerTests.PDF))
				.param("action", "PRODUCT_INSTRUCTIONS")
				.param("body", "The manual is attached; questions to jane@example.com please.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(this.conversations.find(key(order))).isEmpty();
		Matcher staged = STAGED.matcher(refused);
		assertThat(staged.find()).as(refused).isTrue();
		assertThat(refused).contains("manual.pdf");
		assertThat(uploadsOf(seller)).isEqualTo(1);

		this.mvc
			.perform(multipart(path).param("action", "PRODUCT_INSTRUCTIONS")
				.param("staged", staged.group(1))
				.param("body", "The manual is attached.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		ThreadSummary thread = this.conversations.find(key(order)).orElseThrow();
		Message sent = this.conversations.messages(thread.id()).get(0);
		assertThat(sent.attachments()).singleElement()
			.satisfies((attachment) -> assertThat(attachment.fileName()).isEqualTo("manual.pdf"));
		assertThat(uploadsOf(seller)).isZero();
	}

	@Test
	void aPageSendReadsItsFileOnceAndTheSendChecksTheReadingNotTheBytes() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		String path = "/seller/orders/" + order.id().value() + "/messages";
		byte[] offer = SampleFiles.pdf("Kettle KT-200 manual", "Cheaper direct: write to shop.owner@gmail.com");

		RenderCounters.reset();
		String refused = this.mvc
			.perform(multipart(path).file(new MockMultipartFile("files", "offer.pdf", "application/pdf", offer))
				.param("action", "PRODUCT_INSTRUCTIONS")
				.param("body", "The manual is attached.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refused).contains("offer.pdf, page 2");
		assertThat(RenderCounters.fileChecks()).as("the file is read once, on upload").isEqualTo(1);
		assertCheckedOnTheirReadings();

		// the next try sends the staged file: nobody reads its bytes again, and the rules
		// still find the address on its second page
		Matcher staged = STAGED.matcher(refused);
		assertThat(staged.find()).isTrue();
		RenderCounters.reset();
		String again = this.mvc
			.perform(multipart(path).param("action", "PRODUCT_INSTRUCTIONS")
				.param("staged", staged.group(1))
				.param("body", "The manual is attached, see page 1.")
				.with(as(seller))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(again).contains("offer.pdf, page 2");
		assertThat(RenderCounters.fileChecks()).isZero();
		assertCheckedOnTheirReadings();
		assertThat(this.conversations.find(key(order))).isEmpty();
	}

	@Test
	void anApiUploadIsReadOnceAndItsDryRunAndSendCheckTheSameReading() {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		Order order = order(buyer, seller, Duration.ofDays(2));
		ThreadId thread = ask(buyer, order, "<p>Is there a manual?</p>");

		RenderCounters.reset();
		UploadResult upload = this.attachmentService.upload(caller(seller), "manual.pdf",
				SampleFiles.pdf("Kettle KT-200 manual", "Descale every 4 weeks."));
		AttachmentId id = ((UploadResult.Stored) upload).info().id();
		Compose compose = new Compose(null, null, null, "<p>Here it is.</p>", List.of(id));
		Decision dryRun = this.messaging.checkForThread(caller(seller), thread, compose).rules();
		SendResult sent = this.messaging.reply(caller(seller), thread, compose);

		assertThat(RenderCounters.fileChecks()).isEqualTo(1);
		assertCheckedOnTheirReadings();
		assertThat(RenderCounters.checkedAttachments()).hasSize(2);
		assertThat(sent).isInstanceOf(SendResult.Posted.class);
		assertThat(((SendResult.Posted) sent).decision().violations()).isEqualTo(dryRun.violations());
	}

	private static void assertCheckedOnTheirReadings() {
		assertThat(RenderCounters.checkedAttachments()).isNotEmpty().allSatisfy((attachment) -> {
			assertThat(attachment.reading()).isNotNull();
			assertThat(attachment.content()).isNull();
		});
	}

	@Test
	void abandonedUploadsArePurgedByAge() {
		ParleyUser seller = seller();
		this.attachments.upload(seller.accountId(), "old.txt", "text/plain", "old".getBytes(),
				Instant.now().minus(Duration.ofDays(3)));
		this.attachments.upload(seller.accountId(), "new.txt", "text/plain", "new".getBytes(), Instant.now());

		assertThat(this.attachmentService.purgeAbandonedUploads()).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.queryForList("SELECT file_name FROM upload WHERE owner_id = ?", String.class,
				seller.accountId().value()))
			.containsExactly("new.txt");
	}

	private long uploadsOf(ParleyUser user) {
		return this.jdbc.queryForObject("SELECT count(*) FROM upload WHERE owner_id = ?", Long.class,
				user.accountId().value());
	}

	private static ThreadKey key(Order order) {
		return new ThreadKey(order.buyer(), order.seller(), order.id());
	}

}
