package dev.parley.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.Redaction;
import dev.parley.core.conversation.Sender;
import dev.parley.core.conversation.ThreadEvent;
import dev.parley.core.conversation.Topic;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagSpan;
import dev.parley.web.conversation.ThreadView;
import dev.parley.web.page.MarkedText.Span;
import org.jspecify.annotations.Nullable;

/**
 * A message as a thread page shows it. The body is the stored, sanitized HTML (the only
 * markup from users a page ever renders unescaped); for admins, a message with flagged
 * spans is shown as its stored plain text with those spans marked instead.
 *
 * @param id the message
 * @param seq its position
 * @param sender who wrote it
 * @param senderName the writer's display name (empty for system notes)
 * @param mine whether the viewer wrote it
 * @param action what it is for
 * @param topic the buyer's topic, or null
 * @param subject the subject
 * @param html the stored sanitized HTML
 * @param message the message itself (sent time, delivery, flags such as important)
 * @param attachments its attachments
 * @param redactedRules the rules whose spans were replaced by {@code [removed]}
 * @param flagged the stored text with flagged spans marked, or null
 * @param reportable whether the viewer may report it (not their own, not reported by them
 * already)
 * @param myReports the viewer's own reports of this message
 */
public record MessageView(MessageId id, int seq, Sender sender, String senderName, boolean mine, Action action,
		@Nullable Topic topic, String subject, String html, Message message, List<AttachmentInfo> attachments,
		List<String> redactedRules, @Nullable MarkedText flagged, boolean reportable, List<ThreadEvent> myReports) {

	/**
	 * The messages of a thread as one viewer sees them.
	 * @param thread the thread as the viewer may see it
	 * @param viewer the viewer's account
	 * @param markFlags whether to mark the spans of the thread's flags (admins)
	 * @return the messages, oldest first
	 */
	public static List<MessageView> of(ThreadView thread, AccountId viewer, boolean markFlags) {
		Map<AccountId, String> names = Map.of(thread.buyer().id(), thread.buyer().displayName(), thread.seller().id(),
				thread.seller().displayName());
		List<MessageView> views = new ArrayList<>();
		for (Message message : thread.messages()) {
			boolean mine = message.isFrom(viewer);
			String name = (message.author() != null) ? names.getOrDefault(message.author(), "") : "";
			List<String> redacted = message.redactions().stream().map(Redaction::rule).distinct().toList();
			MarkedText flagged = markFlags ? flagged(message, thread.flags()) : null;
			List<ThreadEvent> myReports = thread.events()
				.stream()
				.filter((event) -> event.type() == ThreadEvent.Type.REPORT && message.id().equals(event.message())
						&& viewer.equals(event.actor()))
				.toList();
			boolean reportable = !mine && message.sender() != Sender.SYSTEM && !markFlags && myReports.isEmpty();
			views.add(new MessageView(message.id(), message.seq(), message.sender(), name, mine, message.action(),
					message.topic(), message.subject(), message.html(), message, message.attachments(), redacted,
					flagged, reportable, myReports));
		}
		return views;
	}

	private static @Nullable MarkedText flagged(Message message, List<Flag> flags) {
		List<Span> spans = new ArrayList<>();
		for (Flag flag : flags) {
			if (message.id().equals(flag.message())) {
				for (FlagSpan span : flag.spans()) {
					spans.add(new Span(span.start(), span.end(), span.rule()));
				}
			}
		}
		if (spans.isEmpty()) {
			return null;
		}
		MarkedText marked = MarkedText.of(message.text(), spans);
		return marked.hasMarks() ? marked : null;
	}

	public boolean system() {
		return this.sender == Sender.SYSTEM;
	}

	public boolean delivered() {
		return this.message.isDelivered();
	}

}
