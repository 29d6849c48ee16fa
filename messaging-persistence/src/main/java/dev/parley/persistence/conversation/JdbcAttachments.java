package dev.parley.persistence.conversation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.chain.CanonicalForm;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.AttachmentInfo;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachment bytes in PostgreSQL ({@code bytea}): unsent uploads in {@code upload}, sent
 * ones in the append-only {@code attachment} under the same id.
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcAttachments implements Attachments {

	private final JdbcTemplate jdbc;

	JdbcAttachments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public AttachmentInfo upload(AccountId owner, String fileName, String contentType, byte[] content, Instant at) {
		if (content.length == 0) {
			throw new IllegalArgumentException("attachments are never empty");
		}
		byte[] sha256 = sha256(content);
		Long id = this.jdbc.queryForObject(
				"INSERT INTO upload (owner_id, file_name, content_type, size, sha256, content, uploaded_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
				Long.class, owner.value(), fileName, contentType, (long) content.length, sha256, content,
				Sql.timestamp(CanonicalForm.truncate(at)));
		return new AttachmentInfo(AttachmentId.of(id), fileName, contentType, content.length,
				HexFormat.of().formatHex(sha256));
	}

	@Override
	@Transactional
	public int purgeUploads(Instant before) {
		return this.jdbc.update("DELETE FROM upload WHERE uploaded_at < ?",
				Sql.timestamp(CanonicalForm.truncate(before)));
	}

	@Override
	public Optional<StoredAttachment> find(AttachmentId id) {
		List<StoredAttachment> sent = this.jdbc.query(
				"""
						SELECT a.id, a.file_name, a.content_type, a.size, a.sha256, a.owner_id, a.thread_id, l.message_id, a.content
						FROM attachment a JOIN message_attachment l ON l.attachment_id = a.id WHERE a.id = ?
						""",
				(rs, n) -> new StoredAttachment(JdbcConversations.attachmentInfo(rs),
						AccountId.of(rs.getLong("owner_id")), ThreadId.of(rs.getLong("thread_id")),
						MessageId.of(rs.getLong("message_id")), rs.getBytes("content")),
				id.value());
		if (!sent.isEmpty()) {
			return Optional.of(sent.get(0));
		}
		return this.jdbc
			.query("SELECT id, file_name, content_type, size, sha256, owner_id, content FROM upload WHERE id = ?",
					(rs, n) -> new StoredAttachment(JdbcConversations.attachmentInfo(rs),
							AccountId.of(rs.getLong("owner_id")), null, null, rs.getBytes("content")),
					id.value())
			.stream()
			.findFirst();
	}

	static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
