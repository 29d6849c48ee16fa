package dev.parley.core.moderation;

/**
 * Identifies a flag.
 *
 * @param value the database id, positive
 */
public record FlagId(long value) {

	public FlagId {
		if (value <= 0) {
			throw new IllegalArgumentException("flag id must be positive: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
