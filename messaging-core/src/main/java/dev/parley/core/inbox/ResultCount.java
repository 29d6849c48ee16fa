package dev.parley.core.inbox;

/**
 * How many threads match an inbox query (filter, search and date range together), counted
 * up to a cap so that the count costs the same in any inbox. Each match counted is a heap
 * row read (the search index rechecks its matches), so the cap is what a count costs: at
 * 1,000 a mid-frequency word read about 960 heap pages at 1,000,000 messages (2.5–8 ms,
 * more than the page itself), at 100 about a tenth of that. Past the cap a page says
 * "100+ results", as helpdesks and mail clients do for long result lists.
 *
 * @param count the matches, at most {@link #CAP}
 * @param more whether there are more than {@code count} (the count stopped at the cap)
 */
public record ResultCount(long count, boolean more) {

	/** Counting stops here: "100+ results". */
	public static final int CAP = 100;

	public ResultCount {
		if (count < 0) {
			throw new IllegalArgumentException("a count cannot be negative: " + count);
		}
	}

}
