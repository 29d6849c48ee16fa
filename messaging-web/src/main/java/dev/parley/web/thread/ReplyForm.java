package dev.parley.web.thread;

import java.util.List;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.web.conversation.Compose;
import dev.parley.web.page.PlainText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The reply box of a thread page. The body is plain text as typed; the rules (not this
 * form) decide what may be sent. The sizes here only keep absurd requests out.
 *
 * @param action the seller's action (null: a reply); ignored for buyers
 * @param subject a subject, or blank for the thread's
 * @param body the text
 * @param seenUpTo the sequence number of the newest message the page showed (a seller
 * whose team answered since is asked to confirm), or null
 * @param confirmed whether the seller confirmed sending after such an answer
 */
record ReplyForm(@Nullable Action action, @Size(max = 1000) @Nullable String subject,
		@Size(max = 100_000) @Nullable String body, @Nullable Integer seenUpTo, @Nullable Boolean confirmed) {

	ReplyForm(@Nullable Action action, @Nullable String subject, @Nullable String body) {
		this(action, subject, body, null, null);
	}

	static ReplyForm empty(@Nullable Action action) {
		return new ReplyForm(action, "", "");
	}

	boolean isConfirmed() {
		return Boolean.TRUE.equals(this.confirmed);
	}

	Compose toCompose(boolean seller, List<AttachmentId> attachments) {
		return new Compose(seller ? this.action : null, null, this.subject, PlainText.toHtml(text()), attachments);
	}

	String text() {
		return (this.body != null) ? this.body : "";
	}

}
