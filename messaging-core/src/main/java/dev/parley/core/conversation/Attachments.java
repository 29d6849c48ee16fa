package dev.parley.core.conversation;

import java.time.Instant;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Port: attachment bytes. An upload belongs to its owner until a message takes it into
 * the record ({@link Conversations#append}); from then on it belongs to the thread, and
 * only the thread's two parties and admins may read it.
 */
public interface Attachments {

	/**
	 * Stores an upload whose type the rules have already checked.
	 * @param owner the uploading party
	 * @param fileName the file name, without any path
	 * @param contentType the type detected from the content
	 * @param content the bytes (images already re-encoded without metadata)
	 * @param at when
	 * @return what was stored, with the SHA-256 of the bytes
	 */
	AttachmentInfo upload(AccountId owner, String fileName, String contentType, byte[] content, Instant at);

	/**
	 * Removes unsent uploads stored before a time (uploads that no message took).
	 * @param before the cut-off
	 * @return how many were removed
	 */
	int purgeUploads(Instant before);

	/**
	 * An attachment with its bytes and who it belongs to, for authorization by the
	 * caller.
	 * @param id the id
	 * @return the attachment, sent or not
	 */
	Optional<StoredAttachment> find(AttachmentId id);

	/**
	 * An attachment and its bytes.
	 *
	 * @param info metadata
	 * @param owner who uploaded it
	 * @param thread the thread whose message carries it, or null while it is an unsent
	 * upload
	 * @param message the message that carries it, or null while unsent
	 * @param content the bytes
	 */
	record StoredAttachment(AttachmentInfo info, AccountId owner, @Nullable ThreadId thread,
			@Nullable MessageId message, byte[] content) {

		public boolean isSent() {
			return this.thread != null;
		}

	}

}
