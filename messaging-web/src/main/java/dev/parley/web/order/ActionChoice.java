package dev.parley.web.order;

import java.util.ArrayList;
import java.util.List;

import dev.parley.core.conversation.Action;
import dev.parley.web.page.Explained;

/**
 * A seller action as a page offers it: selectable or not, critical or not, with the
 * reasons in the viewer's language. An action whose messages the buyer would not receive
 * (opt-out) stays selectable: the message is kept in the record but not delivered, and
 * the page says so.
 *
 * @param action the action
 * @param critical whether it is sent as {@code [Important]}
 * @param selectable whether the compose form offers it
 * @param withheld whether a message of this action would not be delivered (opt-out)
 * @param reasons why it is not available (or would not be delivered)
 */
public record ActionChoice(Action action, boolean critical, boolean selectable, boolean withheld,
		List<String> reasons) {

	/**
	 * The choices for an order's actions.
	 * @param availabilities what the order service says
	 * @param explained for the reasons' texts
	 * @return one choice per action
	 */
	public static List<ActionChoice> of(List<ActionAvailability> availabilities, Explained explained) {
		List<ActionChoice> choices = new ArrayList<>();
		for (ActionAvailability availability : availabilities) {
			List<String> reasons = availability.reasons()
				.stream()
				.map((reason) -> explained.text(reason.messageKey(), reason.arguments()))
				.toList();
			choices.add(new ActionChoice(availability.action(), availability.critical(), availability.available(),
					availability.withheld(), reasons));
		}
		return choices;
	}

}
