package dev.parley.web.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Work on several threads of an inbox page at once, through the same service calls as one
 * thread's page: each thread in its own transaction (one failing thread does not undo the
 * others), threads that are not the caller's skipped like missing ones.
 */
@Component
class InboxBulk {

	/** At most one page's worth at once. */
	static final int MAX_THREADS = 100;

	private final MessagingService messaging;

	InboxBulk(MessagingService messaging) {
		this.messaging = messaging;
	}

	/**
	 * Applies an action to the selected threads.
	 * @param caller whose inbox
	 * @param action what to do
	 * @param threadIds the selected threads' ids as the form sent them
	 * @return how many were selected and how many changed
	 */
	Outcome apply(Caller caller, Action action, List<String> threadIds) {
		if (!action.roles.contains(caller.role())) {
			throw new BadRequestException("ACTION_NOT_FOR_ROLE", "not an action of " + caller.role());
		}
		Set<ThreadId> selected = new LinkedHashSet<>();
		for (String id : threadIds) {
			if (selected.size() == MAX_THREADS) {
				break;
			}
			try {
				selected.add(Ids.thread(id));
			}
			catch (NotFoundException ex) {
				// A garbled id: nothing to do for it.
			}
		}
		int changed = 0;
		for (ThreadId thread : selected) {
			try {
				if (action.apply(this.messaging, caller, thread)) {
					changed++;
				}
			}
			catch (NotFoundException ex) {
				// Not the caller's thread (or gone): skipped like any other unchanged
				// one.
			}
		}
		return new Outcome(action, selected.size(), changed);
	}

	/**
	 * What the inbox form can do with the selected threads.
	 */
	enum Action {

		/** The seller's "No response needed" mark. */
		NO_RESPONSE_NEEDED("no-response-needed", Set.of(Role.SELLER), "inbox.bulk.noResponse.done") {
			@Override
			boolean apply(MessagingService messaging, Caller caller, ThreadId thread) {
				return messaging.noResponseNeeded(caller, thread);
			}
		},

		/** A read mark, as opening the thread would. */
		READ("read", Set.of(Role.SELLER, Role.BUYER), "inbox.bulk.read.done") {
			@Override
			boolean apply(MessagingService messaging, Caller caller, ThreadId thread) {
				messaging.markRead(caller, thread);
				return true;
			}
		},

		/** Shown as unread again, until the thread is opened. */
		UNREAD("unread", Set.of(Role.SELLER, Role.BUYER), "inbox.bulk.unread.done") {
			@Override
			boolean apply(MessagingService messaging, Caller caller, ThreadId thread) {
				return messaging.markUnread(caller, thread);
			}
		};

		private final String parameter;

		private final Set<Role> roles;

		private final String doneKey;

		Action(String parameter, Set<Role> roles, String doneKey) {
			this.parameter = parameter;
			this.roles = roles;
			this.doneKey = doneKey;
		}

		abstract boolean apply(MessagingService messaging, Caller caller, ThreadId thread);

		public String parameter() {
			return this.parameter;
		}

		static Action ofParameter(@Nullable String parameter) {
			for (Action action : values()) {
				if (action.parameter.equals(parameter)) {
					return action;
				}
			}
			throw new BadRequestException("ACTION_UNKNOWN", "unknown action '" + parameter + "'");
		}

		static List<Action> forRole(Role role) {
			return List.of(values()).stream().filter((action) -> action.roles.contains(role)).toList();
		}

	}

	/**
	 * What a bulk action did.
	 *
	 * @param action the action
	 * @param selected threads selected
	 * @param changed threads it changed
	 */
	record Outcome(Action action, int selected, int changed) {

		String messageKey() {
			return this.action.doneKey;
		}

	}

}
