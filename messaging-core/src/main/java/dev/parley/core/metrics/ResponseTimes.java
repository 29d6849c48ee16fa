package dev.parley.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.parley.core.account.AccountId;
import dev.parley.core.team.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the responses recorded by every answer (see
 * {@link dev.parley.core.conversation.Conversations}).
 */
public interface ResponseTimes {

	/**
	 * A seller's answers with answer time in {@code [from, to)}.
	 * @param seller the seller
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @return the statistics
	 */
	ResponseStats stats(AccountId seller, Instant from, Instant to);

	/**
	 * The median response time of a seller's answers with answer time in
	 * {@code [from, to)}.
	 * @param seller the seller
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @return the median, or null when nothing was answered
	 */
	@Nullable Duration median(AccountId seller, Instant from, Instant to);

	/**
	 * Threads of the seller whose oldest awaiting buyer message is more than 24 hours
	 * old.
	 * @param seller the seller
	 * @param now the time
	 * @return how many
	 */
	long openOverdue(AccountId seller, Instant now);

	/**
	 * Answers per day, for the chart.
	 * @param seller the seller
	 * @param from first day's start
	 * @param to end, exclusive
	 * @param zone the zone days are counted in
	 * @return one entry per day with answers, oldest first
	 */
	List<DailyResponses> daily(AccountId seller, Instant from, Instant to, ZoneId zone);

	/**
	 * Each team member's answers with answer time in {@code [from, to)}: a member's
	 * answer is a seller message that member wrote (recorded in {@code message_member})
	 * that answered awaiting buyer messages. The owner's answers and "No response needed"
	 * marks belong to no member.
	 * @param seller the seller
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @return one entry per member with answers, in member order
	 */
	List<MemberResponses> byMember(AccountId seller, Instant from, Instant to);

	/**
	 * One member's answers.
	 *
	 * @param member the member
	 * @param answered how many answers
	 * @param median the median response time
	 * @param within24h how many within 24 hours
	 */
	record MemberResponses(MemberId member, long answered, Duration median, long within24h) {
	}

	/**
	 * One day's answers.
	 *
	 * @param day the day
	 * @param answered how many answers
	 * @param within24h how many within 24 hours
	 * @param averageSeconds mean response time in seconds
	 */
	record DailyResponses(LocalDate day, long answered, long within24h, double averageSeconds) {
	}

}
