package dev.parley.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A message the rules have allowed, ready to be appended to a locked thread. The store
 * gives it its sequence number and hash-chain link.
 *
 * @param sender who writes it
 * @param author the writing account; null for system notes
 * @param action what it is for
 * @param topic the buyer's topic, for buyer questions
 * @param subject the subject as delivered
 * @param html sanitized HTML as delivered
 * @param text plain text of {@code html}
 * @param attachments uploads of the author to move into the record with this message, in
 * order
 * @param sentAt when it is stored; the store truncates it to microseconds and raises it
 * to the time of the thread's last message when it is earlier, so that sequence order is
 * time order
 * @param delivery whether it reaches the recipient
 * @param important critical message
 * @param proactive a seller message that does not answer an awaiting buyer message
 * @param redactions parts replaced by {@code [removed]}
 */
public record NewMessage(Sender sender, @Nullable AccountId author, Action action, @Nullable Topic topic,
		String subject, String html, String text, List<AttachmentId> attachments, Instant sentAt, Delivery delivery,
		boolean important, boolean proactive, List<Redaction> redactions) {

	public NewMessage {
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(html, "html");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(sentAt, "sentAt");
		Objects.requireNonNull(delivery, "delivery");
		if ((author == null) != (sender == Sender.SYSTEM)) {
			throw new IllegalArgumentException("parties' messages have an author, system notes do not");
		}
		if (action.isBuyerAction() && sender != Sender.BUYER || action.isSellerAction() && sender != Sender.SELLER
				|| action.isSystem() && sender != Sender.SYSTEM) {
			throw new IllegalArgumentException(sender + " cannot send " + action);
		}
		if (topic != null && !action.isBuyerAction()) {
			throw new IllegalArgumentException("only buyer questions have a topic");
		}
		if (proactive && sender != Sender.SELLER) {
			throw new IllegalArgumentException("only seller messages are proactive");
		}
		if (delivery == Delivery.NOT_DELIVERED_OPTED_OUT && (!proactive || important)) {
			throw new IllegalArgumentException("only non-critical proactive messages go undelivered");
		}
		attachments = List.copyOf(attachments);
		redactions = List.copyOf(redactions);
	}

}
