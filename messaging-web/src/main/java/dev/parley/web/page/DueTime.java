package dev.parley.web.page;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How long a seller has left to answer (or how late the answer is), for inbox rows and
 * the thread page. Pages show it in hours and minutes; a small script counts down from
 * {@link #dueAt()}.
 *
 * @param dueAt when the answer is due
 * @param overdue whether that time has passed
 * @param hours whole hours left (or late)
 * @param minutes the remaining minutes
 */
public record DueTime(Instant dueAt, boolean overdue, long hours, long minutes) {

	/**
	 * The due time as of now.
	 * @param dueAt when the answer is due, or null when nothing awaits
	 * @param now the time
	 * @return the due time, or null when nothing awaits
	 */
	/**
	 * Whether the time is long enough to be told in days ("overdue by 19 days").
	 * @return true from two days on
	 */
	public boolean inDays() {
		return this.hours >= 48;
	}

	/**
	 * Whole days left (or late).
	 * @return the days
	 */
	public long days() {
		return this.hours / 24;
	}

	public static @Nullable DueTime of(@Nullable Instant dueAt, Instant now) {
		if (dueAt == null) {
			return null;
		}
		Duration left = Duration.between(now, dueAt);
		boolean overdue = left.isNegative();
		Duration abs = left.abs();
		return new DueTime(dueAt, overdue, abs.toHours(), abs.toMinutesPart());
	}

}
