package dev.parley.persistence.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.parley.core.chain.Checkpoint;
import dev.parley.core.chain.Checkpoints;
import dev.parley.core.conversation.ThreadHead;
import dev.parley.core.conversation.ThreadId;
import dev.parley.persistence.database.Sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkpoints in the append-only {@code record_checkpoint}; thread heads from the thread
 * rows (the stored heads: what the verifier later proves the chains against).
 */
@Component
@Transactional(readOnly = true)
class JdbcCheckpoints implements Checkpoints {

	private final JdbcTemplate jdbc;

	JdbcCheckpoints(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public long nextId() {
		Long id = this.jdbc.queryForObject("SELECT nextval('record_checkpoint_id_seq')", Long.class);
		return (id != null) ? id : 0;
	}

	@Override
	public List<ThreadHead> heads() {
		return this.jdbc.query("SELECT id, message_count, last_hash FROM thread WHERE message_count > 0 ORDER BY id",
				(rs, n) -> new ThreadHead(ThreadId.of(rs.getLong("id")), rs.getInt("message_count"),
						rs.getBytes("last_hash")));
	}

	@Override
	@Transactional
	public void append(Checkpoint checkpoint) {
		this.jdbc.update(
				"INSERT INTO record_checkpoint (id, created_at, tree_size, root, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)",
				checkpoint.id(), Sql.timestamp(checkpoint.createdAt()), checkpoint.treeSize(), checkpoint.root(),
				checkpoint.keyId(), checkpoint.signature());
	}

	@Override
	public Optional<Checkpoint> find(long id) {
		return this.jdbc.query("SELECT * FROM record_checkpoint WHERE id = ?", JdbcCheckpoints::checkpoint, id)
			.stream()
			.findFirst();
	}

	private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
		return new Checkpoint(rs.getLong("id"), Sql.instant(rs, "created_at"), rs.getInt("tree_size"),
				rs.getBytes("root"), rs.getString("key_id"), rs.getBytes("signature"));
	}

}
