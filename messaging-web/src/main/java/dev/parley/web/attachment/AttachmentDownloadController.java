package dev.parley.web.attachment;

import java.nio.charset.StandardCharsets;

import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments.StoredAttachment;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Attachment downloads for the pages (signed in with the page session): the same
 * authorization as the API (the thread's parties and admins) and the same headers: always
 * a download, never rendered or sniffed by the browser.
 */
@Controller
class AttachmentDownloadController {

	private final AttachmentService attachments;

	AttachmentDownloadController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(Caller caller, @PathVariable String attachmentId) {
		StoredAttachment attachment = this.attachments.download(caller, id(attachmentId));
		AttachmentInfo info = attachment.info();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(info.contentType()))
			.contentLength(attachment.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(info.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(attachment.content());
	}

	private static AttachmentId id(String value) {
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return AttachmentId.of(id);
			}
		}
		catch (NumberFormatException ex) {
			// not a number: no such attachment
		}
		throw new NotFoundException("attachment");
	}

}
