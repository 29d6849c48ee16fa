package dev.parley.core.policy;

import java.util.List;
import java.util.Objects;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.Topic;
import org.jspecify.annotations.Nullable;

/**
 * A message as its sender wrote it, before the rules.
 *
 * @param senderRole {@link Role#BUYER} or {@link Role#SELLER}
 * @param action what it is for
 * @param topic the buyer's topic for buyer questions, else null
 * @param subject the subject as typed (may be empty for replies)
 * @param html the body as HTML (plain text is HTML without tags)
 * @param attachments the attachments
 * @param context what the rules need to know
 */
public record Draft(Role senderRole, Action action, @Nullable Topic topic, String subject, String html,
		List<DraftAttachment> attachments, DraftContext context) {

	public Draft {
		Objects.requireNonNull(senderRole, "senderRole");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(html, "html");
		Objects.requireNonNull(context, "context");
		attachments = List.copyOf(attachments);
	}

}
