package dev.parley.web.conversation;

import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.order.Order;
import dev.parley.core.order.Orders;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads threads for their parties and for admins. Another party's thread is "not found".
 */
@Service
public class ThreadReader {

	private final Conversations conversations;

	private final Accounts accounts;

	private final Orders orders;

	private final Moderation moderation;

	ThreadReader(Conversations conversations, Accounts accounts, Orders orders, Moderation moderation) {
		this.conversations = conversations;
		this.accounts = accounts;
		this.orders = orders;
		this.moderation = moderation;
	}

	/**
	 * A thread as the caller may see it.
	 * @param caller a party of the thread, or an admin
	 * @param threadId the thread
	 * @return the view
	 * @throws NotFoundException when the caller is neither a party nor an admin
	 */
	@Transactional(readOnly = true)
	public ThreadView read(Caller caller, ThreadId threadId) {
		ThreadSummary summary = this.conversations.find(threadId)
			.filter((thread) -> caller.is(Role.ADMIN) || thread.involves(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.READ_MESSAGES);
		List<Message> all = this.conversations.messages(threadId);
		List<Message> messages = all.stream().filter((message) -> message.isVisibleTo(caller.role())).toList();
		if (messages.isEmpty() && !all.isEmpty()) {
			// A buyer does not learn that a thread of messages withheld from them exists.
			throw new NotFoundException("thread");
		}
		if (!messages.isEmpty() && !all.get(0).equals(messages.get(0))) {
			// ... nor the subject of a withheld message that began it.
			summary = titled(summary, messages.get(0).subject());
		}
		List<ThreadEvent> events = this.conversations.events(threadId)
			.stream()
			.filter((event) -> isVisible(event, caller))
			.toList();
		Order order = (summary.key().order() != null) ? this.orders.find(summary.key().order()).orElse(null) : null;
		List<Flag> flags = caller.is(Role.ADMIN) ? this.moderation.flags(threadId) : List.of();
		List<AdminDecision> decisions = decisionsOn(threadId, caller);
		return new ThreadView(summary, account(summary.key().buyer()), account(summary.key().seller()), order, messages,
				events, flags, decisions);
	}

	/**
	 * The admin decisions on this thread's flags and their appeals (thread events, SPEC
	 * §2): admins see all of them, a party those about themselves.
	 */
	private List<AdminDecision> decisionsOn(ThreadId thread, Caller caller) {
		return this.moderation.decisionsOn(thread)
			.stream()
			.filter((decision) -> caller.is(Role.ADMIN) || decision.party().equals(caller.id()))
			.toList();
	}

	private static ThreadSummary titled(ThreadSummary summary, String subject) {
		return new ThreadSummary(summary.id(), summary.key(), subject, summary.createdAt(), summary.lastActivityAt(),
				summary.messageCount(), summary.awaitingSince(), summary.buyerLastReadSeq(),
				summary.sellerLastReadSeq(), summary.reviewRequested(), summary.openFlags());
	}

	private static boolean isVisible(ThreadEvent event, Caller caller) {
		if (caller.is(Role.ADMIN)) {
			return true;
		}
		return switch (event.type()) {
			case READ -> true;
			case UNREAD -> caller.id().equals(event.actor());
			case NO_RESPONSE_NEEDED -> caller.is(Role.SELLER);
			case REPORT -> caller.id().equals(event.actor());
			case FLAG -> false;
			case ASSIGNED, UNASSIGNED -> caller.is(Role.SELLER);
		};
	}

	private Account account(AccountId id) {
		return this.accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
	}

}
