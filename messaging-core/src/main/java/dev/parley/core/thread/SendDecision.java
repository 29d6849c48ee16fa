package dev.parley.core.thread;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.conversation.ThreadChange;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Everything a send will do, decided by the {@link ThreadModel} before anything is
 * stored. The send stores exactly this; the dry run reports it.
 *
 * @param action the action
 * @param rules the rules' decision: the content rules' (run once) merged with the context
 * refusals, so its verdict and violations are the send's
 * @param refusals the context refusals among the violations (the action cannot be used
 * now, whatever the text)
 * @param proactive whether it is a seller message that answers no awaiting buyer message
 * @param critical whether it is sent as {@code [Important]}
 * @param delivery whether it reaches the buyer
 * @param sentAt when it is stored (never before the thread's last message)
 * @param change what it changes in the thread: visibility, awaiting state, response
 * record, review request
 * @param notes the system notes appended after it (seller only)
 * @param notification who is emailed
 * @param flag whether the thread is queued for admin review (a FLAG rule hit)
 * @param checkCriticalShare whether the seller's share of critical proactive messages is
 * to be checked after this one
 */
public record SendDecision(Action action, Decision rules, List<Violation> refusals, boolean proactive, boolean critical,
		Delivery delivery, Instant sentAt, ThreadChange change, List<SystemNote> notes, Notification notification,
		boolean flag, boolean checkCriticalShare) {

	public SendDecision {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(delivery, "delivery");
		Objects.requireNonNull(sentAt, "sentAt");
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(notification, "notification");
		refusals = List.copyOf(refusals);
		notes = List.copyOf(notes);
	}

	/**
	 * Whether the send is refused (for the context or the content): nothing is stored.
	 * @return whether refused
	 */
	public boolean isRefused() {
		return this.rules.isBlocked();
	}

	/**
	 * Whether the action cannot be used now, whatever the text.
	 * @return whether a context rule refuses it
	 */
	public boolean isRefusedForContext() {
		return this.refusals.stream().anyMatch((violation) -> violation.outcome() == Outcome.BLOCK);
	}

	/**
	 * Why the message would not reach the buyer.
	 * @return {@code BUYER_OPTED_OUT} for a withheld message, null for a delivered one
	 */
	public @Nullable String withheldReason() {
		return (this.delivery == Delivery.NOT_DELIVERED_OPTED_OUT) ? ActionOption.BUYER_OPTED_OUT : null;
	}

}
