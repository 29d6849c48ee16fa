package dev.parley.core.inbox;

/**
 * How many threads match an inbox query (filter, search and date range together), counted
 * up to a cap so that the count costs the same in any inbox.
 *
 * @param count the matches, at most {@link #CAP}
 * @param more whether there are more than {@code count} (the count stopped at the cap)
 */
public record ResultCount(long count, boolean more) {

	/** Counting stops here: "1,000+ results". */
	public static final int CAP = 1000;

	public ResultCount {
		if (count < 0) {
			throw new IllegalArgumentException("a count cannot be negative: " + count);
		}
	}

}
