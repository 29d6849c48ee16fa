package dev.parley.core.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of an inbox.
 *
 * @param items the threads, in the filter's order
 * @param nextCursor an opaque cursor for the next page, or null on the last page
 * @param counts the counts per filter
 * @param results how many threads match the query (filter, search and date range)
 */
public record InboxPage(List<InboxItem> items, @Nullable String nextCursor, InboxCounts counts, ResultCount results) {

	public InboxPage {
		items = List.copyOf(items);
	}

}
