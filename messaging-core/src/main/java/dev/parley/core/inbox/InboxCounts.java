package dev.parley.core.inbox;

/**
 * How many threads each filter holds for the viewer, over the whole inbox (search and
 * date range do not change them). Filters that do not apply to the viewer's role are
 * zero.
 *
 * @param all every thread
 * @param unread unread threads
 * @param sent threads where the viewer sent a message
 * @param needsResponse threads awaiting the seller's answer
 * @param company threads with business buyers
 * @param flagged threads with open flags (admin)
 */
public record InboxCounts(long all, long unread, long sent, long needsResponse, long company, long flagged) {

	public long of(InboxFilter filter) {
		return switch (filter) {
			case ALL -> this.all;
			case UNREAD -> this.unread;
			case SENT -> this.sent;
			case NEEDS_RESPONSE -> this.needsResponse;
			case COMPANY -> this.company;
			case FLAGGED -> this.flagged;
		};
	}

}
