package dev.parley.web.api;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * A stored message as the API shows it.
 *
 * @param messageId the id
 * @param seq position in the thread
 * @param sender BUYER, SELLER or SYSTEM
 * @param action what it is for
 * @param topic the buyer's topic, or null
 * @param subject the subject as delivered
 * @param html the sanitized HTML as delivered
 * @param text its plain text
 * @param sentAt when stored
 * @param delivery DELIVERED or NOT_DELIVERED_OPTED_OUT
 * @param important critical
 * @param proactive a seller message that answered no awaiting buyer message
 * @param redactions the parts replaced by {@code [removed]}
 * @param attachments the attachments
 * @param hash this message's link in the thread's hash chain, hex
 * @param writtenBy the name of the seller team's member who wrote it, for the seller and
 * admins (null for the account's owner, and always null for buyers)
 */
record MessageJson(long messageId, int seq, String sender, String action, @Nullable String topic, String subject,
		String html, String text, Instant sentAt, String delivery, boolean important, boolean proactive,
		List<Redaction> redactions, List<AttachmentJson> attachments, String hash, @Nullable String writtenBy) {

	static MessageJson of(Message message, Map<Long, String> authors) {
		return new MessageJson(message.id().value(), message.seq(), message.sender().name(), message.action().name(),
				(message.topic() != null) ? message.topic().name() : null, message.subject(), message.html(),
				message.text(), message.sentAt(), message.delivery().name(), message.important(), message.proactive(),
				message.redactions(), message.attachments().stream().map(AttachmentJson::of).toList(),
				HexFormat.of().formatHex(message.hash()), authors.get(message.id().value()));
	}

	/**
	 * An attachment's metadata and where to download it.
	 *
	 * @param attachmentId the id
	 * @param fileName the file name
	 * @param contentType the detected type
	 * @param size bytes
	 * @param sha256 hex digest of the bytes
	 * @param href the download path
	 */
	record AttachmentJson(long attachmentId, String fileName, String contentType, long size, String sha256,
			String href) {

		static AttachmentJson of(AttachmentInfo info) {
			return new AttachmentJson(info.id().value(), info.fileName(), info.contentType(), info.size(),
					info.sha256(), ApiSecurityConfiguration.API + "/attachments/" + info.id().value());
		}

	}

}
