package dev.parley.persistence.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.team.Assignment;
import dev.parley.core.team.AssignmentSettings;
import dev.parley.core.team.Assignments;
import dev.parley.core.team.MemberId;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments with plain JDBC: the event ({@code thread_event}, append-only) and the
 * current assignee on the seller's inbox row are written in one statement; the rotation
 * keeps whose turn was last in {@code seller_assignment_settings}, locked while a new
 * thread picks the next member.
 */
@Component
class JdbcAssignments implements Assignments {

	private final JdbcTemplate jdbc;

	JdbcAssignments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Assignment> current(ThreadId thread) {
		List<Assignment> rows = this.jdbc
			.query("SELECT e.assignee_member_id, e.assigned_at FROM inbox_entry e JOIN thread t ON t.id = e.thread_id "
					+ "AND t.seller_id = e.owner_id WHERE e.thread_id = ? AND e.assigned", (rs, n) -> {
						Long member = Sql.nullableLong(rs, "assignee_member_id");
						return new Assignment(thread, (member != null) ? MemberId.of(member) : null,
								Sql.instant(rs, "assigned_at"));
					}, thread.value());
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void assign(ThreadId thread, AccountId seller, @Nullable AccountId actor, @Nullable MemberId actorMember,
			boolean owner, @Nullable MemberId member, String reason, Instant at) {
		if (owner == (member != null)) {
			throw new IllegalArgumentException("a thread is assigned to the owner or to a member");
		}
		write(thread, seller, "ASSIGNED", actor, actorMember, member, reason, at);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void unassign(ThreadId thread, AccountId seller, @Nullable MemberId actorMember, Instant at) {
		write(thread, seller, "UNASSIGNED", seller, actorMember, null, MANUAL, at);
	}

	private void write(ThreadId thread, AccountId seller, String type, @Nullable AccountId actor,
			@Nullable MemberId actorMember, @Nullable MemberId member, String reason, Instant at) {
		boolean assigned = type.equals("ASSIGNED");
		Integer rows = this.jdbc.query(
				"""
						WITH e AS (UPDATE inbox_entry SET assigned = ?, assignee_member_id = ?, assigned_at = ?
						           WHERE owner_id = ? AND thread_id = ? RETURNING thread_id),
						ev AS (INSERT INTO thread_event (thread_id, type, actor_id, at, reason, actor_member_id, assignee_member_id)
						       SELECT thread_id, ?, ?, ?, ?, ?, ? FROM e RETURNING id)
						SELECT count(*) FROM ev
						""",
				(rs) -> rs.next() ? rs.getInt(1) : 0, assigned, id(member),
				assigned ? Sql.timestamp(at) : Sql.timestamp(null), seller.value(), thread.value(), type,
				(actor != null) ? Sql.bigint(actor.value()) : Sql.bigint(null), Sql.timestamp(at), reason,
				id(actorMember), id(member));
		if (rows == null || rows != 1) {
			throw new IllegalArgumentException("thread " + thread + " has no inbox row of seller " + seller);
		}
	}

	private static Object id(@Nullable MemberId member) {
		return Sql.bigint((member != null) ? member.value() : null);
	}

	@Override
	@Transactional(readOnly = true)
	public AssignmentSettings settings(AccountId seller) {
		List<Boolean> on = this.jdbc.query("SELECT round_robin FROM seller_assignment_settings WHERE seller_id = ?",
				(rs, n) -> rs.getBoolean(1), seller.value());
		return new AssignmentSettings(seller, !on.isEmpty() && on.get(0));
	}

	@Override
	@Transactional
	public AssignmentSettings saveSettings(AccountId seller, boolean roundRobin, Instant at) {
		this.jdbc.update(
				"""
						INSERT INTO seller_assignment_settings (seller_id, round_robin, updated_at) VALUES (?, ?, ?)
						ON CONFLICT (seller_id) DO UPDATE SET round_robin = EXCLUDED.round_robin, updated_at = EXCLUDED.updated_at
						""",
				seller.value(), roundRobin, Sql.timestamp(at));
		return new AssignmentSettings(seller, roundRobin);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<MemberId> nextInRotation(AccountId seller, Instant at) {
		// The row lock makes concurrent new threads of this seller take turns: the second
		// waits here and then reads the turn the first one took.
		List<Long[]> settings = this.jdbc.query(
				"SELECT round_robin, last_member_id FROM seller_assignment_settings WHERE seller_id = ? FOR UPDATE",
				(rs, n) -> new Long[] { rs.getBoolean("round_robin") ? 1L : 0L,
						Sql.nullableLong(rs, "last_member_id") },
				seller.value());
		if (settings.isEmpty() || settings.get(0)[0] == 0L) {
			return Optional.empty();
		}
		Long last = settings.get(0)[1];
		List<Long> next = this.jdbc.query("""
				SELECT id FROM seller_member
				WHERE seller_id = ? AND status = 'ACTIVE' AND 'REPLY' = ANY (permissions)
				ORDER BY (id <= ?), id LIMIT 1
				""", (rs, n) -> rs.getLong(1), seller.value(), (last != null) ? last : 0L);
		if (next.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.update("UPDATE seller_assignment_settings SET last_member_id = ?, updated_at = ? WHERE seller_id = ?",
				next.get(0), Sql.timestamp(at), seller.value());
		return Optional.of(MemberId.of(next.get(0)));
	}

}
