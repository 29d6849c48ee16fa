package dev.parley.web.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes.DailyResponses;
import dev.parley.core.team.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * A seller's response-time metrics (SPEC §5).
 *
 * @param asOf when they were computed
 * @param periods statistics for the last 7, 30 and 90 days, keyed by days
 * @param lateLast90Days answers that came after 24 hours, in the last 90 days
 * @param openOverdue threads whose oldest awaiting buyer message is over 24 hours old
 * @param daily answers per day over the last 90 days, for the chart
 * @param median the seller's median response time over the last {@value #MEMBER_DAYS}
 * days (every answer: the owner's, the members', "No response needed"), or null without
 * answers
 * @param members each team member's answers over the last {@value #MEMBER_DAYS} days
 */
public record ResponseMetrics(Instant asOf, Map<Integer, ResponseStats> periods, long lateLast90Days, long openOverdue,
		List<DailyResponses> daily, @Nullable Duration median, List<MemberMetrics> members) {

	public static final List<Integer> PERIODS = List.of(7, 30, 90);

	/** The period of the per-member figures, in days. */
	public static final int MEMBER_DAYS = 30;

	/**
	 * One member's answers: seller messages the member wrote that answered a buyer.
	 *
	 * @param member the member
	 * @param name the member's name
	 * @param answered answers
	 * @param median median response time, or null without answers
	 * @param within24h answers within 24 hours
	 */
	public record MemberMetrics(MemberId member, String name, long answered, @Nullable Duration median,
			long within24h) {

		/**
		 * The share answered within 24 hours.
		 * @return 0 to 1, or null without answers
		 */
		public @Nullable Double shareWithin24h() {
			return (this.answered == 0) ? null : (double) this.within24h / this.answered;
		}

		/**
		 * The share in percent, as the page shows it.
		 * @return 0 to 100, or null without answers
		 */
		public @Nullable Long percentWithin24h() {
			Double share = shareWithin24h();
			return (share != null) ? Math.round(share * 100) : null;
		}

	}

}
