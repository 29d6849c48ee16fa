package dev.parley.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.parley.core.metrics.ResponseStats;
import dev.parley.web.metrics.MetricsService;
import dev.parley.web.metrics.ResponseMetrics;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seller's response-time metrics.
 */
@RestController
@Tag(name = "Metrics")
class MetricsApiController {

	private final MetricsService metrics;

	MetricsApiController(MetricsService metrics) {
		this.metrics = metrics;
	}

	@GetMapping(ApiSecurityConfiguration.API + "/metrics/response-time")
	@Operation(operationId = "getResponseTimeMetrics", summary = "Response-time metrics",
			description = "Sellers: average response time and share answered within 24 hours over 7, 30 and 90 days, late and open overdue threads, answers per day.")
	MetricsJson responseTime(Caller caller) {
		ResponseMetrics metrics = this.metrics.responseTime(caller);
		List<PeriodJson> periods = metrics.periods()
			.entrySet()
			.stream()
			.map((entry) -> PeriodJson.of(entry.getKey(), entry.getValue()))
			.toList();
		return new MetricsJson(metrics.asOf(), periods, metrics.lateLast90Days(), metrics.openOverdue(), metrics.daily()
			.stream()
			.map((day) -> new DayJson(day.day(), day.answered(), day.within24h(), Math.round(day.averageSeconds())))
			.toList());
	}

	/**
	 * Response-time metrics.
	 *
	 * @param asOf when computed
	 * @param periods the last 7, 30 and 90 days
	 * @param lateLast90Days answers after 24 hours in the last 90 days
	 * @param openOverdue threads waiting more than 24 hours now
	 * @param daily answers per day
	 */
	record MetricsJson(Instant asOf, List<PeriodJson> periods, long lateLast90Days, long openOverdue,
			List<DayJson> daily) {
	}

	/**
	 * One period.
	 *
	 * @param days its length
	 * @param answered answers
	 * @param averageResponseSeconds mean response time, or null without answers
	 * @param answeredWithin24h answers within 24 hours
	 * @param shareWithin24h their share, 0 to 1, or null without answers
	 * @param late answers after 24 hours
	 */
	record PeriodJson(int days, long answered, @Nullable Long averageResponseSeconds, long answeredWithin24h,
			@Nullable Double shareWithin24h, long late) {

		static PeriodJson of(int days, ResponseStats stats) {
			return new PeriodJson(days, stats.answered(),
					(stats.averageResponseTime() != null) ? stats.averageResponseTime().toSeconds() : null,
					stats.answeredWithin24h(), stats.shareWithin24h(), stats.late());
		}

	}

	/**
	 * One day.
	 *
	 * @param day the day (UTC)
	 * @param answered answers
	 * @param within24h answers within 24 hours
	 * @param averageSeconds mean response time
	 */
	record DayJson(LocalDate day, long answered, long within24h, long averageSeconds) {
	}

}
