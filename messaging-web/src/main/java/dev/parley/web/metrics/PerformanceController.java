package dev.parley.web.metrics;

import java.time.Duration;

import dev.parley.core.metrics.ResponseStats;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The seller's performance page: response-time metrics over 7, 30 and 90 days and a chart
 * of the daily answers, drawn on the server.
 */
@Controller
class PerformanceController {

	static final String VIEW = "metrics/performance";

	private final MetricsService metrics;

	PerformanceController(MetricsService metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/seller/performance")
	String show(Caller caller, Model model) {
		ResponseMetrics metrics = this.metrics.responseTime(caller);
		model.addAttribute("metrics", metrics);
		model.addAttribute("periods",
				ResponseMetrics.PERIODS.stream().map((days) -> Period.of(days, metrics.periods().get(days))).toList());
		model.addAttribute("memberPeriod",
				Period.of(ResponseMetrics.MEMBER_DAYS, metrics.periods().get(ResponseMetrics.MEMBER_DAYS)));
		model.addAttribute("chart", ResponseChart.of(metrics.daily(), metrics.asOf()));
		model.addAttribute("phoneChart", ResponseChart.phone(metrics.daily(), metrics.asOf()));
		return VIEW;
	}

	/**
	 * One period's figures as the page shows them.
	 *
	 * @param days the period's length
	 * @param answered answers in it
	 * @param averageHours average response time, hours part (null when nothing was
	 * answered)
	 * @param averageMinutes its minutes part
	 * @param percentWithin24h share answered within 24 hours, in percent (null when none)
	 * @param late answers after 24 hours
	 */
	record Period(int days, long answered, @Nullable Long averageHours, @Nullable Long averageMinutes,
			@Nullable Long percentWithin24h, long late) {

		static Period of(int days, ResponseStats stats) {
			Duration average = stats.averageResponseTime();
			Double share = stats.shareWithin24h();
			return new Period(days, stats.answered(), (average != null) ? average.toHours() : null,
					(average != null) ? (long) average.toMinutesPart() : null,
					(share != null) ? Math.round(share * 100) : null, stats.late());
		}

	}

}
