package dev.parley.web.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.account.Role;
import dev.parley.core.metrics.ResponseStats;
import dev.parley.core.metrics.ResponseTimes;
import dev.parley.core.metrics.ResponseTimes.MemberResponses;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.MemberStatus;
import dev.parley.core.team.Members;
import dev.parley.web.metrics.ResponseMetrics.MemberMetrics;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's response-time metrics over 7, 30 and 90 days.
 */
@Service
public class MetricsService {

	private final ResponseTimes responseTimes;

	private final Members members;

	private final Clock clock;

	MetricsService(ResponseTimes responseTimes, Members members, Clock clock) {
		this.responseTimes = responseTimes;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * What a buyer may expect of a seller's answer.
	 * @param seller the seller
	 * @param awaitingSince when the buyer's oldest unanswered message arrived, or null
	 * @return the 24-hour due time and the seller's median of the last 30 days
	 */
	@Transactional(readOnly = true)
	public ResponseExpectation expectation(AccountId seller, @Nullable Instant awaitingSince) {
		Instant now = this.clock.instant();
		return new ResponseExpectation((awaitingSince != null) ? awaitingSince.plus(ThreadSummary.RESPONSE_DUE) : null,
				this.responseTimes.median(seller, now.minus(Duration.ofDays(ResponseExpectation.MEDIAN_DAYS)), now));
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
		Instant memberStart = now.minus(Duration.ofDays(ResponseMetrics.MEMBER_DAYS));
		return new ResponseMetrics(now, periods, periods.get(90).late(),
				this.responseTimes.openOverdue(caller.id(), now),
				this.responseTimes.daily(caller.id(), start, now, ZoneOffset.UTC),
				this.responseTimes.median(caller.id(), memberStart, now), members(caller, memberStart, now));
	}

	/**
	 * The team's members with their answers: every member who is not removed, and removed
	 * ones who answered in the period.
	 */
	private List<MemberMetrics> members(Caller caller, Instant from, Instant to) {
		Map<MemberId, MemberResponses> answers = new HashMap<>();
		this.responseTimes.byMember(caller.id(), from, to).forEach((r) -> answers.put(r.member(), r));
		List<MemberMetrics> members = new ArrayList<>();
		for (Member member : this.members.list(caller.id())) {
			MemberResponses r = answers.get(member.id());
			if (r != null) {
				members
					.add(new MemberMetrics(member.id(), member.displayName(), r.answered(), r.median(), r.within24h()));
			}
			else if (member.status() != MemberStatus.REMOVED) {
				members.add(new MemberMetrics(member.id(), member.displayName(), 0, null, 0));
			}
		}
		return members;
	}

}
