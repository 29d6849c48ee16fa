package dev.parley.web.attachment;

import java.util.List;

import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.policy.Violation;

/**
 * The outcome of an upload: stored, or refused with the rules' reasons.
 */
public sealed interface UploadResult permits UploadResult.Stored, UploadResult.Refused {

	/**
	 * Stored as an unsent upload of its owner.
	 *
	 * @param info what was stored
	 */
	record Stored(AttachmentInfo info) implements UploadResult {
	}

	/**
	 * Refused; nothing stored.
	 *
	 * @param violations why
	 */
	record Refused(List<Violation> violations) implements UploadResult {

		public Refused {
			violations = List.copyOf(violations);
		}

	}

}
