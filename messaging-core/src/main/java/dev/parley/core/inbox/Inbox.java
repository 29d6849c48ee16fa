package dev.parley.core.inbox;

/**
 * Port: inbox queries. Each page costs about the same at any depth and any inbox size
 * (keyset paging over summary rows kept up to date with every append).
 */
public interface Inbox {

	/**
	 * A page of the viewer's inbox.
	 * @param query what to show
	 * @return the page
	 * @throws IllegalArgumentException for a cursor that this inbox did not hand out
	 */
	InboxPage page(InboxQuery query);

	/**
	 * The counts alone, for badges and tabs.
	 * @param query whose inbox (only viewer and role matter)
	 * @return the counts per filter
	 */
	InboxCounts counts(InboxQuery query);

}
