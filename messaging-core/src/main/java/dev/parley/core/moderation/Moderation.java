package dev.parley.core.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.MessageId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Port: flags, admin decisions, appeals and platform notices (all append-only), and the
 * parties' messaging statuses. A flag is open while no decision refers to it. Writes run
 * in the caller's transaction and keep the thread's open-flag count (inbox filter
 * {@code flagged}) and its queue row ({@link Cases}) up to date.
 */
public interface Moderation {

	/**
	 * Raises a flag on a thread (also recorded as a {@code FLAG} thread event). The flag
	 * is about the sender of the message (for a report: the reported message), or the
	 * thread's seller when there is no message or it is a system note.
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
	 * Records a decision; with a flag, closes it. The caller changes the party's status
	 * and writes the notice in the same transaction.
	 * @param decision what was decided, about whom, by whom, with the statuses
	 * @return the decision
	 * @throws IllegalArgumentException when the flag concerns another party
	 * @throws IllegalStateException when the flag or the appeal is already decided
	 */
	AdminDecision decide(AdminDecision.New decision);

	Optional<AdminDecision> decision(long id);

	/**
	 * A party's decisions, newest first: the status history.
	 * @param party the buyer or seller
	 * @return the decisions
	 */
	List<AdminDecision> decisions(AccountId party);

	/**
	 * The decisions on a thread's flags and on appeals against them, oldest first (thread
	 * events).
	 * @param thread the thread
	 * @return the decisions
	 */
	List<AdminDecision> decisionsOn(ThreadId thread);

	/**
	 * The warnings of a party in force: {@code WARN} decisions since a time that no
	 * {@code OVERTURN} undid.
	 * @param party the party
	 * @param since the start of the warning period
	 * @return how many
	 */
	int warningsInForce(AccountId party, Instant since);

	/**
	 * Sets a party's messaging status.
	 * @param party the buyer or seller
	 * @param role its role
	 * @param status the new status
	 * @param warnedUntil when a warning ends, or null to keep the stored end
	 */
	void changeStatus(AccountId party, Role role, MessagingStatus status, @Nullable Instant warnedUntil);

	/**
	 * Ends the warnings that have run out: their parties return to {@code ACTIVE}.
	 * @param now the time
	 * @return the parties whose warning ended, with their roles
	 */
	List<Party> expireWarnings(Instant now);

	/**
	 * Records an appeal.
	 * @param decision the decision appealed
	 * @param text the party's text
	 * @param at when
	 * @return the appeal
	 * @throws IllegalStateException when the decision was already appealed
	 */
	Appeal appeal(AdminDecision decision, String text, Instant at);

	Optional<Appeal> appeal(long id);

	Optional<Appeal> appealOf(long decision);

	/**
	 * Appeals no admin has answered, oldest first.
	 * @param limit at most this many
	 * @return the appeals
	 */
	List<Appeal> openAppeals(int limit);

	long countOpenAppeals();

	/**
	 * Writes a platform notice to a party.
	 * @param party the buyer or seller
	 * @param kind e.g. {@code WARN}
	 * @param subject in the party's language
	 * @param body in the party's language
	 * @param decision the decision that caused it, or null
	 * @param at when
	 * @return the notice
	 */
	PlatformNotice notify(AccountId party, String kind, String subject, String body, @Nullable Long decision,
			Instant at);

	/**
	 * A party's platform notices, newest first, keyset-paged.
	 * @param party the buyer or seller
	 * @param before the id of the last notice of the previous page, or null
	 * @param limit page size
	 * @return the notices
	 */
	List<PlatformNotice> notices(AccountId party, @Nullable Long before, int limit);

	/**
	 * How many of a party's notices are newer than their read mark.
	 * @param party the party
	 * @return the unread count
	 */
	int unreadNotices(AccountId party);

	/**
	 * Marks a party's notices read up to a notice.
	 * @param party the party
	 * @param upTo the newest notice seen
	 */
	void markNoticesRead(AccountId party, long upTo);

	/**
	 * A party's status, the end of its warning and its unread notices, in one read (every
	 * page of a buyer or seller shows them).
	 * @param party the buyer or seller
	 * @return the standing
	 */
	CurrentStanding currentStanding(AccountId party);

	/**
	 * Where a party stands now.
	 *
	 * @param status the messaging status
	 * @param warnedUntil when the warning in force ends, or null
	 * @param unreadNotices notices newer than the party's read mark
	 */
	record CurrentStanding(MessagingStatus status, @Nullable Instant warnedUntil, int unreadNotices) {
	}

	/**
	 * How admins decided the flags raised since a time, per reason (each rule id of a
	 * rule hit, the report reason, the system code) and source.
	 * @param since the start of the period
	 * @return one row per reason and source
	 */
	List<ReasonOutcomes> reasonOutcomes(Instant since);

	/**
	 * The decisions on one reason's flags.
	 *
	 * @param reason rule id, report reason or system code
	 * @param source where the flags came from
	 * @param dismissed flags dismissed
	 * @param actedOn flags on which the party was warned or suspended
	 * @param open flags not yet decided
	 */
	record ReasonOutcomes(String reason, FlagSource source, long dismissed, long actedOn, long open) {
	}

	/**
	 * A party and its role.
	 *
	 * @param id the account
	 * @param role buyer or seller
	 */
	record Party(AccountId id, Role role) {
	}

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
