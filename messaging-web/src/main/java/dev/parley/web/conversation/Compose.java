package dev.parley.web.conversation;

import java.util.List;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Topic;
import org.jspecify.annotations.Nullable;

/**
 * What a party writes, whatever the channel.
 *
 * @param action what it is for; null for the default (buyers: a question; sellers: a
 * reply)
 * @param topic the buyer's topic, or null
 * @param subject the subject, or null/blank for the thread's or a default one
 * @param body the body as HTML or plain text
 * @param attachments the caller's unsent uploads to attach, in order
 */
public record Compose(@Nullable Action action, @Nullable Topic topic, @Nullable String subject, String body,
		List<AttachmentId> attachments) {

	public Compose {
		body = (body != null) ? body : "";
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	public static Compose of(@Nullable Action action, String body) {
		return new Compose(action, null, null, body, List.of());
	}

}
