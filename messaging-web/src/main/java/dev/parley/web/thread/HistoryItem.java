package dev.parley.web.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.web.conversation.ThreadView;

/**
 * A thread event as the thread page's history lists it: "No response needed" marks (who,
 * when), assignments to the seller's team (issue 16; only the seller's team and admins
 * get those events) and admin decisions on the thread's flags (SPEC §2). Read marks are
 * not listed; reports show at the message reported.
 *
 * @param at when
 * @param messageKey the message-bundle key of the text
 * @param arguments its arguments
 */
public record HistoryItem(Instant at, String messageKey, List<Object> arguments) {

	public HistoryItem {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	static List<HistoryItem> of(ThreadView thread, Map<Long, String> memberNames) {
		List<HistoryItem> items = new ArrayList<>();
		String owner = thread.seller().displayName();
		for (ThreadEvent event : thread.events()) {
			if (event.type() == ThreadEvent.Type.NO_RESPONSE_NEEDED) {
				String who = thread.seller().id().equals(event.actor()) ? thread.seller().displayName() : "";
				items.add(new HistoryItem(event.at(), "thread.history.noResponse", List.of(who)));
			}
			else if (event.type() == ThreadEvent.Type.ASSIGNED || event.type() == ThreadEvent.Type.UNASSIGNED) {
				String assignee = (event.assigneeMember() != null)
						? memberNames.getOrDefault(event.assigneeMember(), "?") : owner;
				if (event.actor() == null) {
					items.add(new HistoryItem(event.at(), "thread.history.assigned.roundRobin", List.of(assignee)));
				}
				else {
					String who = (event.actorMember() != null) ? memberNames.getOrDefault(event.actorMember(), "?")
							: owner;
					items.add((event.type() == ThreadEvent.Type.ASSIGNED)
							? new HistoryItem(event.at(), "thread.history.assigned", List.of(who, assignee))
							: new HistoryItem(event.at(), "thread.history.unassigned", List.of(who)));
				}
			}
		}
		for (AdminDecision decision : thread.decisions()) {
			items.add(new HistoryItem(decision.at(), "thread.history.decision." + decision.kind().name(),
					List.of(decision.reason())));
		}
		items.sort(Comparator.comparing(HistoryItem::at));
		return items;
	}

}
