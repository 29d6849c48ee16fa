package dev.parley.web.order;

import java.util.ArrayList;
import java.util.List;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Delivery;
import dev.parley.core.policy.Violation;
import dev.parley.core.thread.ActionOption;

/**
 * Whether the caller may use an action on an order right now, and if not, why.
 *
 * @param action the action
 * @param critical whether it is critical ({@code [Important]})
 * @param proactive whether a message of it would be proactive (it answers nothing)
 * @param available whether it can be used now (the text may still be refused)
 * @param delivery what a message of it would deliver: {@code NOT_DELIVERED_OPTED_OUT}
 * when the buyer would not receive it
 * @param reasons why not, and for a withheld action {@code BUYER_OPTED_OUT}
 */
public record ActionAvailability(Action action, boolean critical, boolean proactive, boolean available,
		Delivery delivery, List<Reason> reasons) {

	public ActionAvailability {
		reasons = List.copyOf(reasons);
	}

	/**
	 * The availability the thread model decided.
	 * @param option the model's answer
	 * @return the availability
	 */
	static ActionAvailability of(ActionOption option) {
		List<Reason> reasons = new ArrayList<>(option.refusals().size() + 1);
		for (Violation refusal : option.refusals()) {
			reasons.add(new Reason(refusal.rule().name(), refusal.messageKey(), refusal.arguments()));
		}
		if (option.isWithheld()) {
			reasons.add(new Reason(ActionOption.BUYER_OPTED_OUT, "actions.reason.BUYER_OPTED_OUT", List.of()));
		}
		return new ActionAvailability(option.action(), option.critical(), option.proactive(), option.available(),
				option.delivery(), reasons);
	}

	public boolean withheld() {
		return this.delivery == Delivery.NOT_DELIVERED_OPTED_OUT;
	}

	/**
	 * One reason.
	 *
	 * @param code a stable code: a rule id ({@code PROACTIVE_WINDOW},
	 * {@code MESSAGING_SUSPENDED}, {@code REVIEW_REQUEST_ALREADY_SENT}…) or
	 * {@code BUYER_OPTED_OUT}
	 * @param messageKey the message-bundle key of the explanation
	 * @param arguments its arguments
	 */
	public record Reason(String code, String messageKey, List<Object> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

	}

}
