package dev.parley.core.inbox;

import java.time.Instant;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * One row of an inbox page.
 *
 * @param thread the thread
 * @param order its order, or null for a pre-sale thread
 * @param counterpart the other party (for admins: the seller)
 * @param counterpartName the other party's display name (for admins: "buyer → seller")
 * @param businessBuyer whether the buyer is a business buyer
 * @param subject the thread's subject
 * @param snippet the start of the last delivered message's text visible to the viewer
 * @param lastSender who wrote the last message
 * @param lastActivityAt when the last message was stored
 * @param messageCount messages in the thread
 * @param unread whether the other party wrote after the viewer's last read
 * @param dueAt when the seller's answer is due, or null when nothing awaits
 * @param openFlags open flags on the thread
 * @param attachments files attached to the messages the viewer may see
 */
public record InboxItem(ThreadId thread, @Nullable OrderId order, AccountId counterpart, String counterpartName,
		boolean businessBuyer, String subject, String snippet, @Nullable Sender lastSender, Instant lastActivityAt,
		int messageCount, boolean unread, @Nullable Instant dueAt, int openFlags, int attachments) {

	public boolean isOverdue(Instant now) {
		return this.dueAt != null && now.isAfter(this.dueAt);
	}

}
