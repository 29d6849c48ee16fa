package dev.parley.core.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking one file.
 *
 * @param contentType the type detected from the content (e.g. {@code application/pdf}),
 * or null when it is not an allowed type
 * @param violations the violations; empty when the file is acceptable
 */
public record AttachmentCheck(@Nullable String contentType, List<Violation> violations) {

	public AttachmentCheck {
		violations = List.copyOf(violations);
	}

	public boolean isAccepted() {
		return this.violations.stream().noneMatch((violation) -> violation.outcome() == Outcome.BLOCK);
	}

}
