package dev.parley.web.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.parley.core.account.Role;
import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's response-time metrics over 7, 30 and 90 days.
 */
@Service
public class MetricsService {

	private final ResponseTimes responseTimes;

	private final Clock clock;

	MetricsService(ResponseTimes responseTimes, Clock clock) {
		this.responseTimes = responseTimes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ResponseMetrics responseTime(Caller caller) {
		if (!caller.is(Role.SELLER)) {
			throw new BadRequestException("SELLERS_ONLY", "response-time metrics are for sellers");
		}
		Instant now = this.clock.instant();
		Map<Integer, ResponseStats> periods = new LinkedHashMap<>();
		for (int days : ResponseMetrics.PERIODS) {
			periods.put(days, this.responseTimes.stats(caller.id(), now.minus(Duration.ofDays(days)), now));
		}
		Instant start = now.minus(Duration.ofDays(90));
		return new ResponseMetrics(now, periods, periods.get(90).late(),
				this.responseTimes.openOverdue(caller.id(), now),
				this.responseTimes.daily(caller.id(), start, now, ZoneOffset.UTC));
	}

}
