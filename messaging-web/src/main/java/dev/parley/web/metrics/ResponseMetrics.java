package dev.parley.web.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes.DailyResponses;

/**
 * A seller's response-time metrics (SPEC §5).
 *
 * @param asOf when they were computed
 * @param periods statistics for the last 7, 30 and 90 days, keyed by days
 * @param lateLast90Days answers that came after 24 hours, in the last 90 days
 * @param openOverdue threads whose oldest awaiting buyer message is over 24 hours old
 * @param daily answers per day over the last 90 days, for the chart
 */
public record ResponseMetrics(Instant asOf, Map<Integer, ResponseStats> periods, long lateLast90Days, long openOverdue,
		List<DailyResponses> daily) {

	public static final List<Integer> PERIODS = List.of(7, 30, 90);

}
