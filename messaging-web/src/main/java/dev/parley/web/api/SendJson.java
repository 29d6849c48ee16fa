package dev.parley.web.api;

import java.util.List;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Topic;
import dev.parley.web.conversation.Compose;
import dev.parley.web.conversation.SendResult.Posted;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Request and response bodies of the message-creating endpoints.
 */
final class SendJson {

	private SendJson() {
	}

	/**
	 * A message to send.
	 *
	 * @param action what it is for (default: buyers BUYER_QUESTION, sellers REPLY)
	 * @param topic the buyer's topic
	 * @param subject the subject (default: the thread's, or one derived from action and
	 * order)
	 * @param body HTML or plain text
	 * @param attachmentIds ids from {@code POST /attachments}
	 */
	@Schema(name = "SendRequest")
	record Request(@Nullable Action action, @Nullable Topic topic, @Size(max = 1000) @Nullable String subject,
			@NotNull(message = "a body is required (it may be empty when attachments are sent)") String body,
			@Size(max = 20) @Nullable List<Long> attachmentIds) {

		Compose toCompose() {
			List<AttachmentId> attachments = (this.attachmentIds != null)
					? this.attachmentIds.stream().map(Request::attachmentId).toList() : List.of();
			return new Compose(this.action, this.topic, this.subject, this.body, attachments);
		}

		private static AttachmentId attachmentId(Long id) {
			if (id == null || id <= 0) {
				throw new IllegalArgumentException("attachment ids are positive numbers");
			}
			return AttachmentId.of(id);
		}

	}

	/**
	 * The stored message.
	 *
	 * @param threadId its thread
	 * @param messageId the message
	 * @param delivery DELIVERED or NOT_DELIVERED_OPTED_OUT
	 * @param important sent as critical with {@code [Important]}
	 * @param proactive answered no awaiting buyer message
	 * @param redactions rule ids whose spans were replaced by {@code [removed]}
	 * @param flagged the thread was queued for admin review
	 */
	@Schema(name = "SendResult")
	record Response(long threadId, long messageId, String delivery, boolean important, boolean proactive,
			List<String> redactions, boolean flagged) {

		static Response of(Posted posted) {
			return new Response(posted.thread().value(), posted.message().id().value(), posted.delivery().name(),
					posted.message().important(), posted.message().proactive(), posted.redactedRules(),
					posted.flagged());
		}

	}

}
