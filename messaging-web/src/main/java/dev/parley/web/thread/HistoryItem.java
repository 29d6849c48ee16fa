package dev.parley.web.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.web.conversation.ThreadView;

/**
 * A thread event as the thread page's history lists it: "No response needed" marks (who,
 * when) and admin decisions on the thread's flags (SPEC §2). Read marks are not listed;
 * reports show at the message reported.
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

	static List<HistoryItem> of(ThreadView thread) {
		List<HistoryItem> items = new ArrayList<>();
		for (ThreadEvent event : thread.events()) {
			if (event.type() == ThreadEvent.Type.NO_RESPONSE_NEEDED) {
				String who = thread.seller().id().equals(event.actor()) ? thread.seller().displayName() : "";
				items.add(new HistoryItem(event.at(), "thread.history.noResponse", List.of(who)));
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
