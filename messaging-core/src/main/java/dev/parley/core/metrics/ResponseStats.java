package dev.parley.core.metrics;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A seller's responses in a period.
 *
 * @param answered how many times awaiting buyer messages were answered (reply or "No
 * response needed")
 * @param averageResponseTime mean of answer time minus the arrival of the oldest awaiting
 * buyer message; null when nothing was answered
 * @param answeredWithin24h how many answers came within 24 hours
 * @param late how many came later
 */
public record ResponseStats(long answered, @Nullable Duration averageResponseTime, long answeredWithin24h, long late) {

	/**
	 * The share answered within 24 hours.
	 * @return 0 to 1, or null when nothing was answered
	 */
	public @Nullable Double shareWithin24h() {
		return (this.answered == 0) ? null : (double) this.answeredWithin24h / this.answered;
	}

}
