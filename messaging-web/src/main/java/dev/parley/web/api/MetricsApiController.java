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
			description = "Sellers: average response time and share answered within 24 hours over 7, 30 and 90 days, late and open overdue threads, answers per day; the median response time and each team member's answers (median, within 24 hours) over the last 30 days.")
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
			.toList(), ResponseMetrics.MEMBER_DAYS, (metrics.median() != null) ? metrics.median().toSeconds() : null,
				metrics.members().stream().map(MemberJson::of).toList());
	}

	/**
	 * Response-time metrics.
	 *
	 * @param asOf when computed
	 * @param periods the last 7, 30 and 90 days
	 * @param lateLast90Days answers after 24 hours in the last 90 days
	 * @param openOverdue threads waiting more than 24 hours now
	 * @param daily answers per day
	 * @param memberDays the period of {@code medianResponseSeconds} and {@code members}
	 * @param medianResponseSeconds the seller's median response time over that period
	 * (every answer), or null without answers
	 * @param members each member of the seller's team: their answers over that period
	 */
	record MetricsJson(Instant asOf, List<PeriodJson> periods, long lateLast90Days, long openOverdue,
			List<DayJson> daily, int memberDays, @Nullable Long medianResponseSeconds, List<MemberJson> members) {
	}

	/**
	 * One member's answers (seller messages the member wrote that answered a buyer).
	 *
	 * @param memberId the member
	 * @param name the member's name
	 * @param answered answers
	 * @param medianResponseSeconds median response time, or null without answers
	 * @param answeredWithin24h answers within 24 hours
	 * @param shareWithin24h their share, 0 to 1, or null without answers
	 */
	record MemberJson(long memberId, String name, long answered, @Nullable Long medianResponseSeconds,
			long answeredWithin24h, @Nullable Double shareWithin24h) {

		static MemberJson of(ResponseMetrics.MemberMetrics member) {
			return new MemberJson(member.member().value(), member.name(), member.answered(),
					(member.median() != null) ? member.median().toSeconds() : null, member.within24h(),
					member.shareWithin24h());
		}

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
