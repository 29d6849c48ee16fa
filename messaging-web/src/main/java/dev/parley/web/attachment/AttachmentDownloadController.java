package dev.parley.web.attachment;

import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Attachment downloads for the pages (signed in with the page session): the same
 * authorization and the same response as the API.
 */
@Controller
class AttachmentDownloadController {

	private final AttachmentService attachments;

	AttachmentDownloadController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(Caller caller, @PathVariable String attachmentId) {
		return AttachmentDownloads.response(this.attachments.download(caller, Ids.attachment(attachmentId)));
	}

}
