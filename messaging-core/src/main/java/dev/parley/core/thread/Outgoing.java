package dev.parley.core.thread;

import java.util.List;
import java.util.Objects;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Topic;
import dev.parley.core.policy.DraftAttachment;
import org.jspecify.annotations.Nullable;

/**
 * A message a party wants to send, as written, with its action resolved.
 *
 * @param action what it is for
 * @param topic the buyer's topic for buyer questions, else null
 * @param subject the subject (the thread's, or a default, when the sender gave none)
 * @param html the body as HTML
 * @param attachments the attachments
 */
public record Outgoing(Action action, @Nullable Topic topic, String subject, String html,
		List<DraftAttachment> attachments) {

	public Outgoing {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(html, "html");
		attachments = List.copyOf(attachments);
	}

}
