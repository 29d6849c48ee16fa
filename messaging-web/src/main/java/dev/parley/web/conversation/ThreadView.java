package dev.parley.web.conversation;

import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Flag;
import dev.parley.core.order.Order;
import org.jspecify.annotations.Nullable;

/**
 * A thread as one viewer may see it.
 *
 * @param summary the thread's state
 * @param buyer the buyer (display name and language are shown; the email is not)
 * @param seller the seller
 * @param order the order, or null for a pre-sale thread
 * @param messages the messages the viewer may see, oldest first
 * @param events the events the viewer may see, oldest first
 * @param flags the thread's flags (admins only; empty for parties)
 * @param decisions the admin decisions on the thread's flags, oldest first (seller and
 * admins; empty for the buyer)
 */
public record ThreadView(ThreadSummary summary, Account buyer, Account seller, @Nullable Order order,
		List<Message> messages, List<ThreadEvent> events, List<Flag> flags, List<AdminDecision> decisions) {

	public ThreadView {
		messages = List.copyOf(messages);
		events = List.copyOf(events);
		flags = List.copyOf(flags);
		decisions = List.copyOf(decisions);
	}

}
