package dev.parley.web.attachment;

import java.time.Duration;
import java.util.List;

import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Topic;
import dev.parley.web.conversation.Compose;
import dev.parley.web.security.ParleyUser;
import dev.parley.web.testing.PageTestSupport;
import dev.parley.web.testing.SampleFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AttachmentDownloadControllerTests extends PageTestSupport {

	@Autowired
	AttachmentService attachments;

	@Test
	void partiesAndAdminsDownloadOthersGetNotFound() throws Exception {
		ParleyUser seller = seller();
		ParleyUser buyer = buyer();
		AttachmentInfo info = ((UploadResult.Stored) this.attachments.upload(caller(buyer), "receipt.pdf",
				SampleFiles.pdf("Receipt 2026-0042")))
			.info();
		this.messaging.sendToOrder(caller(buyer), order(buyer, seller, Duration.ofDays(1)).id(),
				new Compose(null, Topic.OTHER, null, "<p>Receipt attached.</p>", List.of(info.id())));
		String url = "/attachments/" + info.id().value();

		for (ParleyUser user : List.of(seller, buyer, admin())) {
			this.mvc.perform(get(url).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", startsWith("attachment")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
		this.mvc.perform(get(url).with(as(buyer()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/abc").with(as(buyer))).andExpect(status().isNotFound());
	}

}
