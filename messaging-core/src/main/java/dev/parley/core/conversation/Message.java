package dev.parley.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A message in the permanent record. Immutable once written: the database rejects updates
 * and deletes, and the hash chain makes any change visible.
 *
 * @param id the id
 * @param thread the thread
 * @param seq position in the thread, 1 for the first message, gapless
 * @param sender who wrote it
 * @param author the account that wrote it; null for system notes
 * @param action what it is for
 * @param topic the buyer's topic, for buyer questions; else null
 * @param subject the subject as delivered (with {@code [Important]} for critical
 * messages)
 * @param html the sanitized HTML body as delivered (redacted where the rules said so)
 * @param text the plain text of {@link #html()}, what rule spans refer to
 * @param attachments the attachments, in order
 * @param sentAt when it was stored
 * @param delivery whether it reached the recipient
 * @param important critical: sent with {@code [Important]}, delivered despite opt-out
 * @param proactive a seller message that does not answer an awaiting buyer message
 * @param redactions the parts replaced by {@code [removed]}
 * @param visibility who may see it, as the thread model decided when it was stored
 * ({@code visible_to}): system notes and messages withheld from an opted-out buyer are
 * the seller's only
 * @param hash this message's link in the thread's hash chain (32 bytes)
 */
public record Message(MessageId id, ThreadId thread, int seq, Sender sender, @Nullable AccountId author, Action action,
		@Nullable Topic topic, String subject, String html, String text, List<AttachmentInfo> attachments,
		Instant sentAt, Delivery delivery, boolean important, boolean proactive, List<Redaction> redactions,
		Visibility visibility, byte[] hash) {

	public Message {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(thread, "thread");
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(sentAt, "sentAt");
		Objects.requireNonNull(delivery, "delivery");
		Objects.requireNonNull(visibility, "visibility");
		if (seq < 1) {
			throw new IllegalArgumentException("seq starts at 1: " + seq);
		}
		if ((author == null) != (sender == Sender.SYSTEM)) {
			throw new IllegalArgumentException("parties' messages have an author, system notes do not");
		}
		attachments = List.copyOf(attachments);
		redactions = List.copyOf(redactions);
		hash = hash.clone();
	}

	@Override
	public byte[] hash() {
		return this.hash.clone();
	}

	public boolean isDelivered() {
		return this.delivery == Delivery.DELIVERED;
	}

	/**
	 * Whether a viewer sees this message: sellers and admins see every message of their
	 * threads, buyers those visible to both parties.
	 * @param viewer the viewer's role
	 * @return whether the viewer may see it
	 */
	public boolean isVisibleTo(Role viewer) {
		return viewer != Role.BUYER || this.visibility == Visibility.BOTH;
	}

	public boolean isFrom(AccountId account) {
		return account.equals(this.author);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Message message && this.id.equals(message.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "Message[" + this.id + " in thread " + this.thread + " #" + this.seq + " " + this.action + "]";
	}

}
