package dev.parley.persistence.conversation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
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
import dev.parley.core.policy.AttachmentReading;
import dev.parley.core.policy.attachment.Extraction;
import dev.parley.core.thread.Uploads;
import dev.parley.persistence.database.Sql;

import org.jspecify.annotations.Nullable;

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
class JdbcAttachments implements Attachments, Uploads {

	private final JdbcTemplate jdbc;

	JdbcAttachments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public AttachmentInfo upload(AccountId owner, String fileName, String contentType, byte[] content, Instant at) {
		return insert(owner, fileName, contentType, content, null, at);
	}

	@Override
	@Transactional
	public AttachmentInfo stage(AccountId owner, String fileName, String contentType, byte[] content,
			AttachmentReading reading, Instant at) {
		return insert(owner, fileName, contentType, content, reading, at);
	}

	private AttachmentInfo insert(AccountId owner, String fileName, String contentType, byte[] content,
			@Nullable AttachmentReading reading, Instant at) {
		if (content.length == 0) {
			throw new IllegalArgumentException("attachments are never empty");
		}
		if (reading != null && !reading.contentType().equals(contentType)) {
			throw new IllegalArgumentException(
					"the reading is of a " + reading.contentType() + ", not a " + contentType);
		}
		byte[] sha256 = sha256(content);
		Extraction extraction = (reading != null) ? reading.extraction() : null;
		List<Extraction.Part> parts = (extraction != null) ? extraction.parts() : null;
		Extraction.Refusal refusal = (extraction != null) ? extraction.refusal() : null;
		Long id = this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(
					"""
							INSERT INTO upload (owner_id, file_name, content_type, size, sha256, content, uploaded_at,
							                    part_kinds, part_numbers, part_texts, refusal_reason, refusal_variant, refusal_detail)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
							""")) {
				statement.setLong(1, owner.value());
				statement.setString(2, fileName);
				statement.setString(3, contentType);
				statement.setLong(4, content.length);
				statement.setBytes(5, sha256);
				statement.setBytes(6, content);
				statement.setObject(7, OffsetDateTime.ofInstant(CanonicalForm.truncate(at), ZoneOffset.UTC),
						Types.TIMESTAMP_WITH_TIMEZONE);
				setArray(statement, 8, connection, "text",
						(parts != null) ? parts.stream().map((part) -> part.kind().name()).toArray() : null);
				setArray(statement, 9, connection, "integer",
						(parts != null) ? parts.stream().map(Extraction.Part::number).toArray() : null);
				setArray(statement, 10, connection, "text",
						(parts != null) ? parts.stream().map(Extraction.Part::text).toArray() : null);
				statement.setString(11, (refusal != null) ? refusal.reason().name() : null);
				statement.setString(12, (refusal != null) ? refusal.variant() : null);
				statement.setString(13, (refusal != null) ? refusal.detail() : null);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
		return new AttachmentInfo(AttachmentId.of(id), fileName, contentType, content.length,
				HexFormat.of().formatHex(sha256));
	}

	private static void setArray(PreparedStatement statement, int index, Connection connection, String type,
			Object @Nullable [] values) throws SQLException {
		if (values == null) {
			statement.setNull(index, Types.ARRAY);
		}
		else {
			statement.setArray(index, connection.createArrayOf(type, values));
		}
	}

	@Override
	public Optional<Upload> staged(AttachmentId id) {
		List<Upload> sent = this.jdbc.query("""
				SELECT a.id, a.file_name, a.content_type, a.size, a.sha256, a.owner_id FROM attachment a WHERE a.id = ?
				""", (rs, n) -> new Upload(JdbcConversations.attachmentInfo(rs), AccountId.of(rs.getLong("owner_id")),
				true, null), id.value());
		if (!sent.isEmpty()) {
			return Optional.of(sent.get(0));
		}
		return this.jdbc
			.query("""
					SELECT id, file_name, content_type, size, sha256, owner_id, part_kinds, part_numbers, part_texts,
					       refusal_reason, refusal_variant, refusal_detail
					FROM upload WHERE id = ?
					""",
					(rs, n) -> new Upload(JdbcConversations.attachmentInfo(rs), AccountId.of(rs.getLong("owner_id")),
							false, reading(rs)),
					id.value())
			.stream()
			.findFirst();
	}

	private static @Nullable AttachmentReading reading(ResultSet rs) throws SQLException {
		Array kinds = rs.getArray("part_kinds");
		if (kinds == null) {
			return null;
		}
		String[] kindNames = (String[]) kinds.getArray();
		Integer[] numbers = (Integer[]) rs.getArray("part_numbers").getArray();
		String[] texts = (String[]) rs.getArray("part_texts").getArray();
		List<Extraction.Part> parts = new ArrayList<>(kindNames.length);
		for (int i = 0; i < kindNames.length; i++) {
			parts.add(new Extraction.Part(Extraction.PartKind.valueOf(kindNames[i]), numbers[i], texts[i]));
		}
		String reason = rs.getString("refusal_reason");
		Extraction.Refusal refusal = (reason != null) ? new Extraction.Refusal(Extraction.Reason.valueOf(reason),
				rs.getString("refusal_variant"), rs.getString("refusal_detail")) : null;
		return new AttachmentReading(rs.getString("content_type"), new Extraction(parts, refusal));
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
