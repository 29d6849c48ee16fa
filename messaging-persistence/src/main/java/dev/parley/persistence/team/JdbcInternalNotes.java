package dev.parley.persistence.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.team.InternalNote;
import dev.parley.core.team.InternalNotes;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.NoteChain;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Internal notes with plain JDBC. The caller holds the thread's row lock, so the next
 * sequence number and the previous link are read and written without a race; the table is
 * append-only (V100).
 */
@Component
class JdbcInternalNotes implements InternalNotes {

	private static final String COLUMNS = "id, thread_id, seq, seller_id, member_id, body_text, created_at, hash";

	private final JdbcClient jdbc;

	JdbcInternalNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public InternalNote append(ThreadId thread, AccountId seller, @Nullable MemberId member, String text, Instant at) {
		Instant createdAt = at.truncatedTo(ChronoUnit.MICROS);
		List<InternalNote> last = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM thread_note WHERE thread_id = ? ORDER BY seq DESC LIMIT 1")
			.param(thread.value())
			.query(JdbcInternalNotes::map)
			.list();
		int seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
		byte[] previous = last.isEmpty() ? NoteChain.GENESIS : last.get(0).hash();
		byte[] hash = NoteChain.link(previous, thread, seq, seller, member, text, createdAt);
		long id = this.jdbc.sql(
				"INSERT INTO thread_note (thread_id, seq, seller_id, member_id, body_text, created_at, prev_hash, hash) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(thread.value(), seq, seller.value(), (member != null) ? member.value() : null, text,
					Timestamp.from(createdAt), previous, hash)
			.query(Long.class)
			.single();
		return new InternalNote(id, thread, seq, seller, member, text, createdAt, hash);
	}

	@Override
	public List<InternalNote> list(ThreadId thread) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM thread_note WHERE thread_id = ? ORDER BY seq")
			.param(thread.value())
			.query(JdbcInternalNotes::map)
			.list();
	}

	@Override
	public OptionalInt firstBrokenLink(ThreadId thread) {
		byte[] previous = NoteChain.GENESIS;
		int expected = 1;
		for (InternalNote note : list(thread)) {
			byte[] link = NoteChain.link(previous, thread, note.seq(), note.seller(), note.member(), note.text(),
					note.createdAt());
			if (note.seq() != expected || !Arrays.equals(link, note.hash())) {
				return OptionalInt.of(expected);
			}
			previous = link;
			expected++;
		}
		return OptionalInt.empty();
	}

	private static InternalNote map(ResultSet rs, int row) throws SQLException {
		long member = rs.getLong("member_id");
		MemberId memberId = rs.wasNull() ? null : MemberId.of(member);
		return new InternalNote(rs.getLong("id"), ThreadId.of(rs.getLong("thread_id")), rs.getInt("seq"),
				AccountId.of(rs.getLong("seller_id")), memberId, rs.getString("body_text"),
				rs.getTimestamp("created_at").toInstant(), rs.getBytes("hash"));
	}

}
