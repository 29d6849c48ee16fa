package dev.parley.core.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking one file.
 *
 * @param contentType the type detected from the content (e.g. {@code application/pdf}),
 * or null when it is not an allowed type
 * @param violations the violations; empty when the file is acceptable
 * @param reading what the engine read from the file (its type and contents), to be given
 * with the file to the check of the message it is sent with, or null when the type is not
 * allowed
 */
public record AttachmentCheck(@Nullable String contentType, List<Violation> violations,
		@Nullable AttachmentReading reading) {

	public AttachmentCheck {
		violations = List.copyOf(violations);
	}

	public boolean isAccepted() {
		return this.violations.stream().noneMatch((violation) -> violation.outcome() == Outcome.BLOCK);
	}

}
