package dev.parley.core.conversation;

/**
 * Identifies an attachment: first an upload of its owner, then, once sent, part of a
 * message in the permanent record (the id stays the same).
 *
 * @param value the database id, positive
 */
public record AttachmentId(long value) {

	public AttachmentId {
		if (value <= 0) {
			throw new IllegalArgumentException("attachment id must be positive: " + value);
		}
	}

	public static AttachmentId of(long value) {
		return new AttachmentId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
