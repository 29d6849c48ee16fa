package dev.parley.web.thread;

import dev.parley.core.conversation.Action;
import dev.parley.web.conversation.Compose;
import dev.parley.web.page.PlainText;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A draft for the live check, as the reply box's script sends it.
 *
 * @param action the seller's action, or null
 * @param subject the subject, or null
 * @param body the typed text
 */
record CheckRequest(@Nullable Action action, @Size(max = 1000) @Nullable String subject,
		@Size(max = 100_000) @Nullable String body) {

	Compose toCompose(boolean seller) {
		return new Compose(seller ? this.action : null, null, this.subject,
				PlainText.toHtml((this.body != null) ? this.body : ""), java.util.List.of());
	}

}
