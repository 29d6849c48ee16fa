package dev.parley.web.order;

import java.util.List;

import dev.parley.core.conversation.Action;

/**
 * Whether the caller may use an action on an order right now, and if not, why.
 *
 * @param action the action
 * @param critical whether it is critical ({@code [Important]})
 * @param available whether it can be used now
 * @param reasons why not (or, for available actions, what the caller should know)
 */
public record ActionAvailability(Action action, boolean critical, boolean available, List<Reason> reasons) {

	public ActionAvailability {
		reasons = List.copyOf(reasons);
	}

	/**
	 * One reason.
	 *
	 * @param code a stable code: a rule id ({@code PROACTIVE_WINDOW},
	 * {@code MESSAGING_SUSPENDED}, {@code REVIEW_REQUEST_ALREADY_SENT}…) or
	 * {@code BUYER_OPTED_OUT}, {@code NO_AWAITING_MESSAGE}
	 * @param messageKey the message-bundle key of the explanation
	 * @param arguments its arguments
	 */
	public record Reason(String code, String messageKey, List<Object> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

	}

}
