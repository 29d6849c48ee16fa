package dev.parley.persistence.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.parley.core.chain.ChainVerifier;
import dev.parley.core.chain.ChainVerifier.StoredHead;
import dev.parley.core.conversation.AttachmentId;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.Message;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the verifier reads besides the messages: the thread row's head and count, and the
 * SHA-256 of every attachment computed here from its stored bytes, one row at a time (the
 * stored hash column is what an owner would swap along with the file).
 */
final class ChainReads {

	private ChainReads() {
	}

	static ChainVerification verify(JdbcTemplate jdbc, ThreadId thread, List<Message> messages,
			@Nullable ThreadHead anchor) {
		List<StoredHead> heads = jdbc.query("SELECT message_count, last_hash FROM thread WHERE id = ?",
				(rs, n) -> new StoredHead(rs.getInt("message_count"), rs.getBytes("last_hash")), thread.value());
		if (heads.isEmpty()) {
			throw new IllegalArgumentException("no thread " + thread);
		}
		Map<AttachmentId, String> sha256 = new HashMap<>();
		jdbc.query("SELECT id, content FROM attachment WHERE thread_id = ?", (ResultSet rs) -> {
			try (InputStream content = rs.getBinaryStream("content")) {
				sha256.put(AttachmentId.of(rs.getLong("id")), sha256(content));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, thread.value());
		return ChainVerifier.verify(thread, messages, heads.get(0), sha256, anchor);
	}

	private static String sha256(InputStream content) throws IOException {
		try (DigestInputStream digest = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
			digest.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
