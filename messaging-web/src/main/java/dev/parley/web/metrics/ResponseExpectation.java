package dev.parley.web.metrics;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a buyer may expect of a seller's answer: the 24-hour rule, the time it applies to
 * a message awaiting an answer, and the seller's own median response time over the last
 * 30 days (from the same response records as the seller's metrics).
 *
 * @param expectedBy when the awaiting message is due (24 h after it arrived), or null
 * when nothing of the buyer's awaits an answer
 * @param median the seller's median response time, or null without answers in the period
 */
public record ResponseExpectation(@Nullable Instant expectedBy, @Nullable Duration median) {

	/** The period of the median. */
	public static final int MEDIAN_DAYS = 30;

	/** Whether the median is given in days (from 48 h on, like due times). */
	public boolean medianInDays() {
		return this.median != null && this.median.toHours() >= 48;
	}

	/** Whether the median is under an hour (given in minutes). */
	public boolean medianInMinutes() {
		return this.median != null && this.median.toHours() < 1;
	}

	public long medianDays() {
		return (this.median != null) ? Math.round(this.median.toHours() / 24.0) : 0;
	}

	public long medianHours() {
		return (this.median != null) ? this.median.toHours() : 0;
	}

	public long medianMinutes() {
		return (this.median != null) ? Math.max(1, this.median.toMinutesPart()) : 0;
	}

	/** Minutes of an under-an-hour median (at least 1). */
	public long medianTotalMinutes() {
		return (this.median != null) ? Math.max(1, this.median.toMinutes()) : 0;
	}

}
