package dev.parley.persistence.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes;
import dev.parley.core.team.MemberId;
import dev.parley.persistence.database.Sql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response-time metrics from {@code response_record} (one row per answer, written with
 * the answer) and the sellers' inbox rows (open overdue threads).
 * <p>
 * A {@code @Component} rather than a {@code @Repository}: the JPA exception translator
 * that Spring applies to repositories turns {@code IllegalArgumentException} and
 * {@code IllegalStateException} into {@code InvalidDataAccessApiUsageException}, but the
 * port promises those exceptions; {@code JdbcTemplate} already translates SQL errors.
 */
@Component
@Transactional(readOnly = true)
class JdbcResponseTimes implements ResponseTimes {

	private final JdbcTemplate jdbc;

	JdbcResponseTimes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ResponseStats stats(AccountId seller, Instant from, Instant to) {
		return this.jdbc.queryForObject("""
				SELECT count(*) AS answered,
				       avg(extract(epoch FROM answered_at - awaited_since)) AS average_seconds,
				       count(*) FILTER (WHERE answered_at - awaited_since <= interval '24 hours') AS within
				FROM response_record WHERE seller_id = ? AND answered_at >= ? AND answered_at < ?
				""", (rs, n) -> {
			long answered = rs.getLong("answered");
			double average = rs.getDouble("average_seconds");
			Duration averageTime = (answered == 0) ? null : Duration.ofMillis(Math.round(average * 1000));
			long within = rs.getLong("within");
			return new ResponseStats(answered, averageTime, within, answered - within);
		}, seller.value(), Sql.timestamp(from), Sql.timestamp(to));
	}

	@Override
	public @Nullable Duration median(AccountId seller, Instant from, Instant to) {
		Double seconds = this.jdbc.queryForObject("""
				SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - awaited_since))
				FROM response_record WHERE seller_id = ? AND answered_at >= ? AND answered_at < ?
				""", Double.class, seller.value(), Sql.timestamp(from), Sql.timestamp(to));
		return (seconds != null) ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
	}

	@Override
	public long openOverdue(AccountId seller, Instant now) {
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM inbox_entry WHERE owner_id = ? AND due_at IS NOT NULL AND due_at < ?", Long.class,
				seller.value(), Sql.timestamp(now));
		return (count != null) ? count : 0;
	}

	@Override
	public List<MemberResponses> byMember(AccountId seller, Instant from, Instant to) {
		// A reply's response record has the message's time (the answer is the message),
		// and a thread's messages are written one at a time under its lock: the seller
		// message of the thread at that time is the answer.
		return this.jdbc.query("""
				SELECT w.member_id, count(*) AS answered,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.answered_at - r.awaited_since))
				           AS median_seconds,
				       count(*) FILTER (WHERE r.answered_at - r.awaited_since <= interval '24 hours') AS within
				FROM response_record r
				JOIN message m ON m.thread_id = r.thread_id AND m.sent_at = r.answered_at AND m.sender = 'SELLER'
				JOIN message_member w ON w.message_id = m.id
				WHERE r.seller_id = ? AND r.kind = 'REPLY' AND r.answered_at >= ? AND r.answered_at < ?
				GROUP BY w.member_id ORDER BY w.member_id
				""",
				(rs, n) -> new MemberResponses(MemberId.of(rs.getLong("member_id")), rs.getLong("answered"),
						Duration.ofMillis(Math.round(rs.getDouble("median_seconds") * 1000)), rs.getLong("within")),
				seller.value(), Sql.timestamp(from), Sql.timestamp(to));
	}

	// Fixed offsets go through make_interval: PostgreSQL reads "+02:00" as a POSIX zone,
	// with the sign inverted.
	private static String zoneName(ZoneId zone) {
		return (zone.normalized() instanceof java.time.ZoneOffset) ? "UTC" : zone.getId();
	}

	private static int offsetSeconds(ZoneId zone) {
		return (zone.normalized() instanceof java.time.ZoneOffset offset) ? offset.getTotalSeconds() : 0;
	}

	@Override
	public List<DailyResponses> daily(AccountId seller, Instant from, Instant to, ZoneId zone) {
		return this.jdbc.query("""
				SELECT ((answered_at AT TIME ZONE ?) + make_interval(secs => ?))::date AS day, count(*) AS answered,
				       count(*) FILTER (WHERE answered_at - awaited_since <= interval '24 hours') AS within,
				       avg(extract(epoch FROM answered_at - awaited_since)) AS average_seconds
				FROM response_record WHERE seller_id = ? AND answered_at >= ? AND answered_at < ?
				GROUP BY 1 ORDER BY 1
				""",
				(rs, n) -> new DailyResponses(rs.getObject("day", java.time.LocalDate.class), rs.getLong("answered"),
						rs.getLong("within"), rs.getDouble("average_seconds")),
				zoneName(zone), offsetSeconds(zone), seller.value(), Sql.timestamp(from), Sql.timestamp(to));
	}

}
