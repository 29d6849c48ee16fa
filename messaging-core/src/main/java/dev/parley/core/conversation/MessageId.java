package dev.parley.core.conversation;

/**
 * Identifies a message in the permanent record.
 *
 * @param value the database id, positive
 */
public record MessageId(long value) {

	public MessageId {
		if (value <= 0) {
			throw new IllegalArgumentException("message id must be positive: " + value);
		}
	}

	public static MessageId of(long value) {
		return new MessageId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
