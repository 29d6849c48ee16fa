package dev.parley.core.conversation;

/**
 * Identifies a thread (conversation) between one buyer and one seller.
 *
 * @param value the database id, positive
 */
public record ThreadId(long value) {

	public ThreadId {
		if (value <= 0) {
			throw new IllegalArgumentException("thread id must be positive: " + value);
		}
	}

	public static ThreadId of(long value) {
		return new ThreadId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
