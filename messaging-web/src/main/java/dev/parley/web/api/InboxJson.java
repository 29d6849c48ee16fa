package dev.parley.web.api;

import java.time.Instant;
import java.util.List;

import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.InboxItem;
import dev.parley.core.inbox.InboxPage;
import org.jspecify.annotations.Nullable;

/**
 * An inbox page as the API shows it.
 *
 * @param items the threads
 * @param nextCursor the cursor of the next page, or null on the last page
 * @param counts threads per filter (whole inbox)
 * @param results threads matching the filter, search and date range together
 */
record InboxJson(List<ItemJson> items, @Nullable String nextCursor, CountsJson counts, ResultsJson results) {

	static InboxJson of(InboxPage page, Instant now) {
		return new InboxJson(page.items().stream().map((item) -> ItemJson.of(item, now)).toList(), page.nextCursor(),
				CountsJson.of(page.counts()), new ResultsJson(page.results().count(), page.results().more()));
	}

	/**
	 * How many threads match, counted up to 1,000.
	 *
	 * @param count the matches, at most 1,000
	 * @param more whether there are more than that
	 */
	record ResultsJson(long count, boolean more) {
	}

	/**
	 * One thread in the inbox.
	 *
	 * @param threadId the thread
	 * @param orderId its order, or null for a pre-sale question
	 * @param counterpart the other party's display name
	 * @param counterpartId the other party's account id
	 * @param businessBuyer whether the buyer is a business buyer
	 * @param subject the subject
	 * @param snippet the start of the last message
	 * @param lastSender who wrote last
	 * @param lastActivityAt when
	 * @param messageCount messages in the thread
	 * @param unread whether the other party wrote since the caller last read
	 * @param dueAt when the seller's answer is due, or null
	 * @param overdue whether that time has passed
	 * @param flagged whether the thread has open flags
	 * @param attachments files attached to the messages the caller may see
	 */
	record ItemJson(long threadId, @Nullable String orderId, String counterpart, long counterpartId,
			boolean businessBuyer, String subject, String snippet, @Nullable String lastSender, Instant lastActivityAt,
			int messageCount, boolean unread, @Nullable Instant dueAt, boolean overdue, boolean flagged,
			int attachments) {

		static ItemJson of(InboxItem item, Instant now) {
			return new ItemJson(item.thread().value(), (item.order() != null) ? item.order().value() : null,
					item.counterpartName(), item.counterpart().value(), item.businessBuyer(), item.subject(),
					item.snippet(), (item.lastSender() != null) ? item.lastSender().name() : null,
					item.lastActivityAt(), item.messageCount(), item.unread(), item.dueAt(), item.isOverdue(now),
					item.openFlags() > 0, item.attachments());
		}

	}

	/**
	 * Threads per filter.
	 *
	 * @param all every thread
	 * @param unread unread
	 * @param sent where the caller wrote
	 * @param needsResponse awaiting the seller's answer
	 * @param company with business buyers
	 * @param flagged with open flags (admins)
	 */
	record CountsJson(long all, long unread, long sent, long needsResponse, long company, long flagged) {

		static CountsJson of(InboxCounts counts) {
			return new CountsJson(counts.all(), counts.unread(), counts.sent(), counts.needsResponse(),
					counts.company(), counts.flagged());
		}

	}

}
