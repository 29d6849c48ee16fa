package dev.parley.core.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Port: flags, admin decisions and platform notices. All append-only; a flag is open
 * while no decision refers to it. Writes run in the caller's transaction and keep the
 * thread's open-flag count (inbox filter {@code flagged}) up to date.
 */
public interface Moderation {

	/**
	 * Raises a flag on a thread (also recorded as a {@code FLAG} thread event).
	 * @param thread the thread
	 * @param message the message concerned, or null
	 * @param source where it comes from
	 * @param reason rule ids, report reason or system reason code
	 * @param note free text, or null
	 * @param spans flagged parts of the message
	 * @param raisedBy the reporting party, or null
	 * @param at when
	 * @return the open flag
	 */
	Flag raise(ThreadId thread, @Nullable MessageId message, FlagSource source, String reason, @Nullable String note,
			List<FlagSpan> spans, @Nullable AccountId raisedBy, Instant at);

	/**
	 * Open flags, oldest first, keyset-paged.
	 * @param after the last flag of the previous page, or null for the first page
	 * @param limit page size
	 * @return up to {@code limit} open flags
	 */
	List<Flag> openFlags(@Nullable FlagId after, int limit);

	long countOpenFlags();

	Optional<Flag> flag(FlagId id);

	List<Flag> flags(ThreadId thread);

	/**
	 * Records a decision; with a flag, closes it. The caller changes the seller's status
	 * and writes the notice in the same transaction.
	 * @param kind what was decided
	 * @param seller the seller it concerns
	 * @param admin who decided
	 * @param flag the flag it closes, or null
	 * @param reason why
	 * @param at when
	 * @return the decision
	 * @throws IllegalStateException when the flag is already decided
	 */
	AdminDecision decide(DecisionKind kind, AccountId seller, AccountId admin, @Nullable FlagId flag, String reason,
			Instant at);

	/**
	 * A seller's decisions, newest first: the status history.
	 * @param seller the seller
	 * @return the decisions
	 */
	List<AdminDecision> decisions(AccountId seller);

	PlatformNotice notify(AccountId seller, String kind, String subject, String body, @Nullable Long decision,
			Instant at);

	/**
	 * A seller's platform notices, newest first, keyset-paged.
	 * @param seller the seller
	 * @param before the id of the last notice of the previous page, or null
	 * @param limit page size
	 * @return the notices
	 */
	List<PlatformNotice> notices(AccountId seller, @Nullable Long before, int limit);

	/**
	 * Counts a seller's proactive messages and the critical ones among them since a time,
	 * for the system flag on sellers who mark too many messages critical.
	 * @param seller the seller
	 * @param since start of the period
	 * @return the counts
	 */
	ProactiveCounts proactiveCounts(AccountId seller, Instant since);

	/**
	 * A seller's proactive messages in a period.
	 *
	 * @param proactive how many proactive messages
	 * @param critical how many of them critical
	 */
	record ProactiveCounts(long proactive, long critical) {
	}

}
