package dev.parley.web.thread;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.parley.core.conversation.MessageId;
import dev.parley.web.page.MessageView;

/**
 * The part of a long thread its page shows: the latest {@value #LATEST} messages, with a
 * link to the whole conversation, as mail clients and helpdesks collapse the older part
 * of a long one. The page then costs the same whatever the thread's length (a 200-message
 * thread rendered every message on each visit: issue 19). The whole thread is shown when
 * asked ({@code ?all=true}) and when the page must show an older message (the report form
 * for it).
 *
 * @param shown the messages on the page, oldest first
 * @param earlier how many older messages are left out
 */
record MessageWindow(List<MessageView> shown, int earlier) {

	/** Messages a thread page shows before it collapses the older ones. */
	static final int LATEST = 50;

	/**
	 * @param messages the thread's messages as the viewer sees them, oldest first
	 * @param all whether the viewer asked for the whole thread
	 * @param mustShow a message the page must show (the one being reported), or null
	 * @return the window
	 */
	static MessageWindow of(List<MessageView> messages, boolean all, @Nullable MessageId mustShow) {
		int from = all ? 0 : Math.max(0, messages.size() - LATEST);
		if (mustShow != null) {
			for (int i = 0; i < from; i++) {
				if (messages.get(i).id().equals(mustShow)) {
					from = 0;
					break;
				}
			}
		}
		return new MessageWindow(messages.subList(from, messages.size()), from);
	}

}
