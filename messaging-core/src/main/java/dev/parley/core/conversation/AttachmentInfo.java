package dev.parley.core.conversation;

import java.util.Objects;

/**
 * What is known about a stored attachment without its bytes.
 *
 * @param id the id
 * @param fileName the name as uploaded (sanitized: no path)
 * @param contentType the type detected from the content
 * @param size the size in bytes, positive
 * @param sha256 the SHA-256 of the bytes, lower-case hex
 */
public record AttachmentInfo(AttachmentId id, String fileName, String contentType, long size, String sha256) {

	public AttachmentInfo {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
		if (size <= 0) {
			throw new IllegalArgumentException("attachments are never empty");
		}
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
		}
	}

}
