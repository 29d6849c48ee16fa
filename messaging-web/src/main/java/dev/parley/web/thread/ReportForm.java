package dev.parley.web.thread;

import dev.parley.core.conversation.ReportReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * "Report this message".
 *
 * @param messageId the reported message (one of the other party's)
 * @param reason why
 * @param note optional details
 */
record ReportForm(@NotBlank String messageId, @NotNull ReportReason reason, @Size(max = 2000) @Nullable String note) {

}
