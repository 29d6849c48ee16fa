package dev.parley.web.order;

import java.util.List;

import dev.parley.core.conversation.Action;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Topic;
import dev.parley.web.conversation.Compose;
import dev.parley.web.page.PlainText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * "Contact buyer" and "Contact seller" on an order page. The body is plain text as typed;
 * the rules decide what may be sent.
 *
 * @param action the seller's action; ignored for buyers
 * @param topic the buyer's topic; ignored for sellers
 * @param subject a subject, or blank for a default one
 * @param body the text
 */
record ContactForm(@Nullable Action action, @Nullable Topic topic, @Size(max = 1000) @Nullable String subject,
		@Size(max = 100_000) @Nullable String body) {

	static ContactForm empty() {
		return new ContactForm(null, null, "", "");
	}

	Compose toCompose(boolean seller, List<AttachmentId> attachments) {
		return new Compose(seller ? this.action : null, seller ? null : this.topic, this.subject,
				PlainText.toHtml((this.body != null) ? this.body : ""), attachments);
	}

}
