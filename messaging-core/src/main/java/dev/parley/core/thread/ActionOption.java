package dev.parley.core.thread;

import java.util.List;
import java.util.Objects;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.policy.Violation;

/**
 * Whether an action may be used in a thread now, and what a message of it would do.
 *
 * @param action the action
 * @param critical whether it is sent as {@code [Important]}
 * @param proactive whether a message of it would be proactive (answers nothing)
 * @param available whether the context allows it now (the text may still be refused)
 * @param refusals why not: the context refusals a send would report
 * @param delivery what a send of it would deliver
 */
public record ActionOption(Action action, boolean critical, boolean proactive, boolean available,
		List<Violation> refusals, Delivery delivery) {

	/** The code of the note on actions whose messages the buyer would not receive. */
	public static final String BUYER_OPTED_OUT = "BUYER_OPTED_OUT";

	public ActionOption {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(delivery, "delivery");
		refusals = List.copyOf(refusals);
	}

	public boolean isWithheld() {
		return this.delivery == Delivery.NOT_DELIVERED_OPTED_OUT;
	}

}
