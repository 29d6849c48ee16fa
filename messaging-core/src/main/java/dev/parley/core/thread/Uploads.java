package dev.parley.core.thread;

import java.time.Instant;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.policy.AttachmentReading;
import org.jspecify.annotations.Nullable;

/**
 * Port: uploads as a send sees them. A file's bytes are inspected once, on upload; what
 * the rules engine read from them is staged with the file, and the check of the message
 * it is sent with is given that reading, never the bytes (the send does not load them).
 */
public interface Uploads {

	/**
	 * Stages an upload the rules have checked, with what they read from it.
	 * @param owner the uploading party
	 * @param fileName the file name, without any path
	 * @param contentType the type detected from the content
	 * @param content the bytes to store (images already re-encoded without metadata)
	 * @param reading what the rules read from the bytes they were given
	 * @param at when
	 * @return what was stored, with the SHA-256 of the bytes
	 */
	AttachmentInfo stage(AccountId owner, String fileName, String contentType, byte[] content,
			AttachmentReading reading, Instant at);

	/**
	 * An upload or attachment without its bytes.
	 * @param id the id
	 * @return it, sent or not
	 */
	Optional<Upload> staged(AttachmentId id);

	/**
	 * An upload as a send sees it.
	 *
	 * @param info metadata
	 * @param owner who uploaded it
	 * @param isSent whether a message already took it into the record
	 * @param reading what the rules read on upload; null when sent, or for an upload
	 * stored before readings were kept (its bytes are then read at the send)
	 */
	record Upload(AttachmentInfo info, AccountId owner, boolean isSent, @Nullable AttachmentReading reading) {

	}

}
