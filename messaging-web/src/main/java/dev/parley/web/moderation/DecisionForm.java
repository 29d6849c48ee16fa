package dev.parley.web.moderation;

import dev.parley.core.moderation.DecisionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An admin's decision: what, and why (always recorded).
 *
 * @param kind dismiss, warn, suspend or reinstate
 * @param reason why, as the party is told
 * @param internalNote a note for admins only
 */
record DecisionForm(@NotNull @Nullable DecisionKind kind,
		@NotBlank @Size(max = ModerationService.MAX_REASON_LENGTH) @Nullable String reason,
		@Size(max = ModerationService.MAX_REASON_LENGTH) @Nullable String internalNote) {

	static DecisionForm empty() {
		return new DecisionForm(null, "", "");
	}

}
