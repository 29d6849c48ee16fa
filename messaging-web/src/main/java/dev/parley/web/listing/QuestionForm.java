package dev.parley.web.listing;

import java.util.List;

import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.Topic;
import dev.parley.web.conversation.Compose;
import dev.parley.web.page.PlainText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's question about a seller's listing, before buying.
 *
 * @param topic what it is about
 * @param subject a subject, or blank for a default one
 * @param body the text
 */
record QuestionForm(@Nullable Topic topic, @Size(max = 1000) @Nullable String subject,
		@Size(max = 100_000) @Nullable String body) {

	static QuestionForm empty() {
		return new QuestionForm(Topic.PRODUCT_QUESTION, "", "");
	}

	/** The form with a subject when the buyer gave none. */
	QuestionForm withDefaultSubject(String subject) {
		return (this.subject == null || this.subject.isBlank()) ? new QuestionForm(this.topic, subject, this.body)
				: this;
	}

	Compose toCompose(List<AttachmentId> attachments) {
		return new Compose(null, (this.topic != null) ? this.topic : Topic.PRODUCT_QUESTION, this.subject,
				PlainText.toHtml((this.body != null) ? this.body : ""), attachments);
	}

}
