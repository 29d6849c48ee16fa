package dev.parley.core.policy;

import java.util.Objects;

/**
 * An attachment of a draft: its declared file name and its bytes. The type is decided
 * from the bytes, and the name's extension must agree.
 *
 * @param fileName the name as the sender gave it
 * @param content the bytes
 */
public record DraftAttachment(String fileName, byte[] content) {

	public DraftAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(content, "content");
	}

	public long size() {
		return this.content.length;
	}

}
