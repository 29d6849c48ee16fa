package dev.parley.core.team;

/**
 * Identifies a member of a seller's team. Positive.
 *
 * @param value the database id
 */
public record MemberId(long value) {

	public MemberId {
		if (value <= 0) {
			throw new IllegalArgumentException("member id must be positive: " + value);
		}
	}

	public static MemberId of(long value) {
		return new MemberId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
