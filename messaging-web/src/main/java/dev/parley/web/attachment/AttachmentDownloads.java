package dev.parley.web.attachment;

import java.nio.charset.StandardCharsets;

import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments.StoredAttachment;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way an attachment leaves the application, for pages and API alike: always a
 * download (never rendered inline), never sniffed, sandboxed, not cached by shared
 * caches.
 */
public final class AttachmentDownloads {

	private AttachmentDownloads() {
	}

	public static ResponseEntity<byte[]> response(StoredAttachment attachment) {
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

}
