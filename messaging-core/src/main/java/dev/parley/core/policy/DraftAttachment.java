package dev.parley.core.policy;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An attachment of a draft: its declared file name and either its bytes (a file the
 * engine has not seen: the type is decided from the bytes, and the name's extension must
 * agree) or what the engine read from it on upload ({@link AttachmentReading}), in which
 * case the bytes are not needed and not read again.
 *
 * @param fileName the name as the sender gave it
 * @param size the size in bytes
 * @param content the bytes, or null when the reading is given
 * @param reading what the upload check read, or null when the bytes are given
 */
public record DraftAttachment(String fileName, long size, byte @Nullable [] content,
		@Nullable AttachmentReading reading) {

	public DraftAttachment {
		Objects.requireNonNull(fileName, "fileName");
		if ((content == null) == (reading == null)) {
			throw new IllegalArgumentException("an attachment has either its bytes or its reading");
		}
		if (content != null && size != content.length) {
			throw new IllegalArgumentException("size " + size + " is not the length of the bytes");
		}
	}

	/**
	 * A file the engine has not read.
	 * @param fileName the name as the sender gave it
	 * @param content the bytes
	 */
	public DraftAttachment(String fileName, byte[] content) {
		this(fileName, Objects.requireNonNull(content, "content").length, content, null);
	}

	/**
	 * A file the engine read on upload.
	 * @param fileName the stored name
	 * @param size the stored size
	 * @param reading what the upload check read
	 * @return the attachment, without its bytes
	 */
	public static DraftAttachment read(String fileName, long size, AttachmentReading reading) {
		return new DraftAttachment(fileName, size, null, Objects.requireNonNull(reading, "reading"));
	}

}
