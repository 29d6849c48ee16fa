package dev.parley.web.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.Appeal;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagId;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.PartyDirectory;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.core.moderation.StandingLadder;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.record.RecordService;
import dev.parley.web.relay.NoticeEmails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin decisions about buyers and sellers alike. Every decision is recorded with admin,
 * time, the reason the party is told and a note for admins only; it changes the party's
 * messaging status as the {@link StandingLadder} says (a repeated warning escalates, a
 * reinstatement or an overturned appeal restores the status before) and sends the party a
 * platform notice, emailed through the outbox — all in one transaction. A decision on a
 * case another admin has claimed is refused.
 */
@Service
@EnableConfigurationProperties(ModerationProperties.class)
public class ModerationService {

	private static final Log logger = LogFactory.getLog(ModerationService.class);

	/** Longest reason an admin may record, in characters. */
	public static final int MAX_REASON_LENGTH = 2000;

	/** Longest appeal, in characters. */
	public static final int MAX_APPEAL_LENGTH = 4000;

	private final Moderation moderation;

	private final Cases cases;

	private final Conversations conversations;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final RecordService record;

	private final NoticeEmails emails;

	private final ModerationProperties properties;

	private final PartyDirectory directory;

	ModerationService(Moderation moderation, Cases cases, Conversations conversations, Accounts accounts,
			MessageSource messages, Clock clock, RecordService record, NoticeEmails emails,
			ModerationProperties properties, PartyDirectory directory) {
		this.directory = directory;
		this.moderation = moderation;
		this.cases = cases;
		this.conversations = conversations;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.record = record;
		this.emails = emails;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public List<Flag> openFlags(Caller caller, @Nullable FlagId after, int limit) {
		requireAdmin(caller);
		return this.moderation.openFlags(after, limit);
	}

	@Transactional(readOnly = true)
	public long countOpenFlags(Caller caller) {
		requireAdmin(caller);
		return this.moderation.countOpenFlags();
	}

	@Transactional(readOnly = true)
	public Flag flag(Caller caller, FlagId id) {
		requireAdmin(caller);
		return this.moderation.flag(id).orElseThrow(() -> new NotFoundException("flag"));
	}

	/**
	 * A page of the review queue: one case per thread with open flags.
	 * @param caller an admin
	 * @param query filters, search, order, cursor
	 * @return the cases
	 */
	@Transactional(readOnly = true)
	public List<Cases.Case> cases(Caller caller, Cases.Query query) {
		requireAdmin(caller);
		return this.cases.page(query);
	}

	/**
	 * The queue's totals: open cases, open flags per reason, open appeals.
	 * @param caller an admin
	 * @return the totals
	 */
	@Transactional(readOnly = true)
	public QueueCounts queueCounts(Caller caller) {
		requireAdmin(caller);
		return new QueueCounts(this.cases.countCases(), this.moderation.countOpenFlags(), this.cases.countsPerReason(),
				this.moderation.countOpenAppeals());
	}

	@Transactional(readOnly = true)
	public Cases.@Nullable Case caseOf(Caller caller, ThreadId thread) {
		requireAdmin(caller);
		return this.cases.find(thread).orElse(null);
	}

	/**
	 * Claims a case, so that no other admin decides on it meanwhile.
	 * @param caller an admin
	 * @param thread the case's thread
	 * @return the case
	 * @throws BadRequestException when another admin holds it ({@code CASE_CLAIMED}) or
	 * it has no open flags ({@code NO_OPEN_CASE})
	 */
	@Transactional
	public Cases.Case claim(Caller caller, ThreadId thread) {
		requireAdmin(caller);
		Instant now = now();
		Cases.Case claimed = this.cases.claim(thread, caller.id(), now, now.minus(this.properties.claimTimeout()))
			.orElseThrow(() -> new BadRequestException("NO_OPEN_CASE", "this thread has no open flags"));
		if (!caller.id().equals(claimed.claimedBy())) {
			throw new BadRequestException("CASE_CLAIMED", "another admin is working on this case");
		}
		return claimed;
	}

	@Transactional
	public void release(Caller caller, ThreadId thread) {
		requireAdmin(caller);
		this.cases.release(thread, caller.id());
	}

	@Transactional
	public AdminDecision decide(Caller caller, FlagId flagId, DecisionKind kind, String reason) {
		return decide(caller, flagId, kind, reason, null);
	}

	/**
	 * Decides on an open flag: about the party the flag names, buyer or seller.
	 * @param caller an admin
	 * @param flagId the flag
	 * @param kind the decision ({@code UPHOLD} and {@code OVERTURN} are for appeals)
	 * @param reason why, as the party is told (required)
	 * @param internalNote a note for admins only, or null
	 * @return the recorded decision (an escalated warning is a {@code SUSPEND})
	 * @throws BadRequestException when the flag is already decided, the case is claimed
	 * by another admin, or the reason is missing
	 */
	@Transactional
	public AdminDecision decide(Caller caller, FlagId flagId, DecisionKind kind, String reason,
			@Nullable String internalNote) {
		requireAdmin(caller);
		Flag flag = this.moderation.flag(flagId).orElseThrow(() -> new NotFoundException("flag"));
		if (!flag.isOpen()) {
			throw new BadRequestException("FLAG_ALREADY_DECIDED", "this flag has already been decided");
		}
		if (kind.decidesAppeal()) {
			throw new BadRequestException("APPEAL_ONLY", "UPHOLD and OVERTURN decide appeals");
		}
		requireNotClaimedByOther(caller, flag.thread());
		return record(caller, flag.party(), flag.partyRole(), flag.id(), kind, reason, internalNote, null);
	}

	/**
	 * Dismisses every open flag of the chosen cases with one reason. Cases another admin
	 * has claimed are left alone.
	 * @param caller an admin
	 * @param threads the cases
	 * @param reason the reason each party is told
	 * @return how many flags were dismissed
	 */
	@Transactional
	public int dismissCases(Caller caller, List<ThreadId> threads, String reason) {
		requireAdmin(caller);
		cleanReason(reason);
		int dismissed = 0;
		Instant staleBefore = now().minus(this.properties.claimTimeout());
		for (ThreadId thread : threads) {
			Cases.Case open = this.cases.find(thread).orElse(null);
			if (open == null || open.claimedByOther(caller.id(), staleBefore)) {
				continue;
			}
			for (Flag flag : this.moderation.flags(thread)) {
				if (flag.isOpen()) {
					record(caller, flag.party(), flag.partyRole(), flag.id(), DecisionKind.DISMISS, reason, null, null);
					dismissed++;
				}
			}
		}
		return dismissed;
	}

	@Transactional
	public AdminDecision decideForSeller(Caller caller, AccountId sellerId, DecisionKind kind, String reason) {
		return decideForParty(caller, sellerId, kind, reason, null);
	}

	/**
	 * Decides about a buyer or seller directly, from their page (e.g. to reinstate).
	 * @param caller an admin
	 * @param partyId the buyer or seller
	 * @param kind WARN, SUSPEND or REINSTATE
	 * @param reason why (required)
	 * @param internalNote a note for admins, or null
	 * @return the recorded decision
	 */
	@Transactional
	public AdminDecision decideForParty(Caller caller, AccountId partyId, DecisionKind kind, String reason,
			@Nullable String internalNote) {
		requireAdmin(caller);
		Account party = party(partyId);
		if (kind == DecisionKind.DISMISS || kind.decidesAppeal()) {
			throw new BadRequestException("DISMISS_NEEDS_FLAG", "only a flag can be dismissed, only an appeal upheld");
		}
		return record(caller, partyId, party.role(), null, kind, reason, internalNote, null);
	}

	/**
	 * A party appeals a decision about them, once.
	 * @param caller the decision's party
	 * @param decisionId the WARN or SUSPEND decision
	 * @param text why
	 * @return the appeal, now in the admins' queue
	 * @throws BadRequestException when the decision cannot be appealed or was already
	 */
	@Transactional
	public Appeal appeal(Caller caller, long decisionId, String text) {
		AdminDecision decision = this.moderation.decision(decisionId)
			.filter((candidate) -> candidate.party().equals(caller.id()))
			.orElseThrow(() -> new NotFoundException("decision"));
		if (!decision.kind().isAppealable()) {
			throw new BadRequestException("NOT_APPEALABLE", "only a warning or a suspension can be appealed");
		}
		String clean = (text != null) ? text.strip() : "";
		if (clean.isEmpty() || clean.length() > MAX_APPEAL_LENGTH) {
			throw new BadRequestException("APPEAL_TEXT_REQUIRED",
					"an appeal says why in 1 to " + MAX_APPEAL_LENGTH + " characters");
		}
		if (this.moderation.appealOf(decisionId).isPresent()) {
			throw new BadRequestException("ALREADY_APPEALED", "this decision has already been appealed");
		}
		return this.moderation.appeal(decision, clean, now());
	}

	@Transactional(readOnly = true)
	public List<Appeal> openAppeals(Caller caller, int limit) {
		requireAdmin(caller);
		return this.moderation.openAppeals(limit);
	}

	@Transactional(readOnly = true)
	public Appeal appealFor(Caller caller, long appealId) {
		requireAdmin(caller);
		return this.moderation.appeal(appealId).orElseThrow(() -> new NotFoundException("appeal"));
	}

	/**
	 * Decides an appeal: upheld (the decision stands) or overturned (the status before it
	 * returns). The party is told either way.
	 * @param caller an admin
	 * @param appealId the appeal
	 * @param overturn whether the appeal is granted
	 * @param reason what the party is told
	 * @param internalNote a note for admins, or null
	 * @return the UPHOLD or OVERTURN decision
	 */
	@Transactional
	public AdminDecision decideAppeal(Caller caller, long appealId, boolean overturn, String reason,
			@Nullable String internalNote) {
		requireAdmin(caller);
		Appeal appeal = this.moderation.appeal(appealId).orElseThrow(() -> new NotFoundException("appeal"));
		if (!appeal.isOpen()) {
			throw new BadRequestException("APPEAL_ALREADY_DECIDED", "this appeal has already been decided");
		}
		AdminDecision appealed = appeal.decision();
		return record(caller, appealed.party(), appealed.partyRole(), null,
				overturn ? DecisionKind.OVERTURN : DecisionKind.UPHOLD, reason, internalNote, appeal);
	}

	/**
	 * Ends the warnings whose time has come; each party is told. Runs every
	 * {@code parley.moderation.expiry-sweep-interval}.
	 * @param now the time
	 * @return how many warnings ended
	 */
	@Transactional
	public int expireWarnings(Instant now) {
		List<Moderation.Party> ended = this.moderation.expireWarnings(now);
		for (Moderation.Party party : ended) {
			notify(party(party.id()), "EXPIRED", null, null, now);
		}
		return ended.size();
	}

	@Scheduled(fixedDelayString = "${parley.moderation.expiry-sweep-interval}",
			initialDelayString = "${parley.moderation.expiry-sweep-interval}")
	void sweepExpiredWarnings() {
		try {
			int ended = expireWarnings(now());
			if (ended > 0) {
				logger.info("Moderation: " + ended + " warnings expired");
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Moderation: the warning sweep failed; it runs again later", ex);
		}
	}

	/**
	 * A buyer's or seller's page: the account, its status and its decision history.
	 * @param caller an admin
	 * @param partyId the party
	 * @return the page's data
	 */
	@Transactional(readOnly = true)
	public Standing standing(Caller caller, AccountId partyId) {
		requireAdmin(caller);
		Account party = party(partyId);
		return new Standing(party, status(party), this.moderation.decisions(partyId));
	}

	/**
	 * The caller's own standing: status and the decisions about them with their appeals.
	 * @param caller a buyer or seller
	 * @return the standing
	 */
	@Transactional(readOnly = true)
	public OwnStanding ownStanding(Caller caller) {
		Account party = party(caller.id());
		List<AdminDecision> decisions = this.moderation.decisions(caller.id());
		List<DecisionWithAppeal> items = new ArrayList<>();
		for (AdminDecision decision : decisions) {
			if (decision.kind().isAppealable()) {
				items.add(new DecisionWithAppeal(decision, this.moderation.appealOf(decision.id()).orElse(null)));
			}
		}
		return new OwnStanding(status(party), items);
	}

	/**
	 * Buyers or sellers for the admin's party pages.
	 * @param caller an admin
	 * @param role BUYER or SELLER
	 * @param q part of a name or email, or null
	 * @param afterId the previous page's last id, or null
	 * @param limit page size
	 * @return the parties with their record
	 */
	@Transactional(readOnly = true)
	public List<PartyDirectory.PartyRow> parties(Caller caller, Role role, @Nullable String q, @Nullable Long afterId,
			int limit) {
		requireAdmin(caller);
		if (q != null && q.length() > 200) {
			throw new BadRequestException("SEARCH", "a search is at most 200 characters");
		}
		return this.directory.search(role, q, afterId, limit);
	}

	@Transactional(readOnly = true)
	public List<PartyDirectory.PartyThread> threadsOf(Caller caller, AccountId party, int limit) {
		requireAdmin(caller);
		return this.directory.threads(party, limit);
	}

	/**
	 * Walks a thread's hash chain and names the first broken link.
	 * @param caller an admin
	 * @param threadId the thread
	 * @return the verification
	 */
	@Transactional(readOnly = true)
	public ChainVerification verifyChain(Caller caller, ThreadId threadId) {
		requireAdmin(caller);
		if (this.conversations.find(threadId).isEmpty()) {
			throw new NotFoundException("thread");
		}
		return this.record.verify(threadId);
	}

	/**
	 * A party's platform notices, newest first.
	 * @param caller a buyer or seller
	 * @param before the last notice id of the previous page, or null
	 * @param limit page size
	 * @return the notices
	 */
	@Transactional(readOnly = true)
	public List<PlatformNotice> notices(Caller caller, @Nullable Long before, int limit) {
		if (!caller.is(Role.SELLER) && !caller.is(Role.BUYER)) {
			throw new BadRequestException("PARTIES_ONLY", "platform notices are for buyers and sellers");
		}
		return this.moderation.notices(caller.id(), before, limit);
	}

	@Transactional(readOnly = true)
	public int unreadNotices(Caller caller) {
		return (caller.is(Role.SELLER) || caller.is(Role.BUYER)) ? this.moderation.unreadNotices(caller.id()) : 0;
	}

	@Transactional
	public void markNoticesRead(Caller caller, long upTo) {
		if (caller.is(Role.SELLER) || caller.is(Role.BUYER)) {
			this.moderation.markNoticesRead(caller.id(), upTo);
		}
	}

	/**
	 * The caller's messaging status, for the inbox banner.
	 * @param caller a buyer or seller
	 * @return the status (admins: ACTIVE)
	 */
	@Transactional(readOnly = true)
	public MessagingStatus status(Caller caller) {
		if (caller.is(Role.SELLER)) {
			return this.accounts.sellerSettings(caller.id()).status();
		}
		return caller.is(Role.BUYER) ? this.accounts.buyerSettings(caller.id()).status() : MessagingStatus.ACTIVE;
	}

	private AdminDecision record(Caller admin, AccountId partyId, Role role, @Nullable FlagId flag, DecisionKind kind,
			String reason, @Nullable String internalNote, @Nullable Appeal appeal) {
		String cleanReason = cleanReason(reason);
		String note = (internalNote == null || internalNote.isBlank()) ? null : internalNote.strip();
		if (note != null && note.length() > MAX_REASON_LENGTH) {
			throw new BadRequestException("NOTE_TOO_LONG",
					"an internal note is limited to " + MAX_REASON_LENGTH + " characters");
		}
		Instant now = now();
		Account party = party(partyId);
		MessagingStatus current = status(party);
		StandingLadder ladder = this.properties.ladder();
		int inForce = this.moderation.warningsInForce(partyId, now.minus(ladder.warningExpiry()));
		StandingLadder.Step step = ladder.apply(kind, current, inForce,
				(current == MessagingStatus.SUSPENDED) ? beforeSuspension(partyId) : null,
				(appeal != null) ? appeal.decision() : null, now);
		AdminDecision decision = this.moderation
			.decide(new AdminDecision.New(step.kind(), partyId, role, admin.id(), flag, cleanReason, note,
					step.before(), step.after(), step.escalated(), (appeal != null) ? appeal.id() : null, now));
		if (step.changesStatus()) {
			this.moderation.changeStatus(partyId, role, step.after(), step.warnedUntil());
		}
		String noticeKind = step.escalated() ? "ESCALATED" : step.kind().name();
		notify(party, noticeKind, cleanReason, decision.id(), now);
		return decision;
	}

	/** The status before the suspension in force: the latest SUSPEND decision's. */
	private @Nullable MessagingStatus beforeSuspension(AccountId party) {
		List<AdminDecision> decisions = this.moderation.decisions(party);
		for (AdminDecision decision : decisions) {
			if (decision.kind() == DecisionKind.SUSPEND) {
				if (decision.statusBefore() != null) {
					return decision.statusBefore();
				}
				break;
			}
		}
		// Decisions recorded before statuses were kept: replay them.
		List<DecisionKind> earlier = new ArrayList<>(decisions.stream().map(AdminDecision::kind).toList());
		Collections.reverse(earlier);
		return DecisionKind.REINSTATE.statusAfter(MessagingStatus.SUSPENDED, earlier);
	}

	private void notify(Account party, String kind, @Nullable String reason, @Nullable Long decision, Instant at) {
		String subject = this.messages.getMessage("notice." + kind + ".subject", null, party.language().locale());
		Object[] arguments = { (reason != null) ? reason : "", this.properties.warningExpiry().toDays() };
		String body = this.messages.getMessage("notice." + kind + ".body" + (party.is(Role.BUYER) ? ".buyer" : ""),
				arguments, null, party.language().locale());
		if (body == null) {
			body = this.messages.getMessage("notice." + kind + ".body", arguments, party.language().locale());
		}
		PlatformNotice notice = this.moderation.notify(party.id(), kind, subject, body, decision, at);
		this.emails.send(party, address(party), notice);
	}

	private String address(Account party) {
		if (party.is(Role.SELLER)) {
			SellerSettings settings = this.accounts.sellerSettings(party.id());
			if (settings.notificationEmail() != null && !settings.notificationEmail().isBlank()) {
				return settings.notificationEmail();
			}
		}
		return party.email();
	}

	private MessagingStatus status(Account party) {
		return party.is(Role.SELLER) ? this.accounts.sellerSettings(party.id()).status()
				: this.accounts.buyerSettings(party.id()).status();
	}

	private void requireNotClaimedByOther(Caller caller, ThreadId thread) {
		Cases.Case open = this.cases.find(thread).orElse(null);
		if (open != null && open.claimedByOther(caller.id(), now().minus(this.properties.claimTimeout()))) {
			throw new BadRequestException("CASE_CLAIMED",
					"another admin (" + open.claimedByName() + ") is working on this case");
		}
	}

	private static String cleanReason(@Nullable String reason) {
		String clean = (reason != null) ? reason.strip() : "";
		if (clean.isEmpty() || clean.length() > MAX_REASON_LENGTH) {
			throw new BadRequestException("REASON_REQUIRED",
					"every decision records a reason of 1 to " + MAX_REASON_LENGTH + " characters");
		}
		return clean;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Account party(AccountId id) {
		return this.accounts.find(id)
			.filter((account) -> account.is(Role.SELLER) || account.is(Role.BUYER))
			.orElseThrow(() -> new NotFoundException("party"));
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.is(Role.ADMIN)) {
			throw new NotFoundException("admin resource");
		}
	}

	/**
	 * Rule feedback: per reason and source, the flags raised in the last 7, 30 and 90
	 * days that admins dismissed, acted on, or left open.
	 * @param caller an admin
	 * @return the rows, by period then reason
	 */
	@Transactional(readOnly = true)
	public List<RuleFeedback> ruleFeedback(Caller caller) {
		requireAdmin(caller);
		Instant now = now();
		List<RuleFeedback> rows = new ArrayList<>();
		for (int days : RULE_FEEDBACK_DAYS) {
			for (Moderation.ReasonOutcomes row : this.moderation.reasonOutcomes(now.minus(days, ChronoUnit.DAYS))) {
				rows.add(
						new RuleFeedback(row.reason(), row.source(), days, row.dismissed(), row.actedOn(), row.open()));
			}
		}
		return rows;
	}

	/** The periods of the rule feedback, in days. */
	public static final List<Integer> RULE_FEEDBACK_DAYS = List.of(7, 30, 90);

	/**
	 * How admins decided one reason's flags in a period.
	 *
	 * @param reason rule id, report reason or system code
	 * @param source where the flags came from
	 * @param days the period
	 * @param dismissed dismissed
	 * @param actedOn warned or suspended
	 * @param open still open
	 */
	public record RuleFeedback(String reason, dev.parley.core.moderation.FlagSource source, int days, long dismissed,
			long actedOn, long open) {
	}

	/**
	 * A buyer or seller as the admin sees them.
	 *
	 * @param party the account
	 * @param status their messaging status
	 * @param decisions their decision history, newest first
	 */
	public record Standing(Account party, MessagingStatus status, List<AdminDecision> decisions) {
	}

	/**
	 * A party's own standing.
	 *
	 * @param status their messaging status
	 * @param decisions the warnings and suspensions about them, newest first, with their
	 * appeals
	 */
	public record OwnStanding(MessagingStatus status, List<DecisionWithAppeal> decisions) {
	}

	/**
	 * A decision and its appeal.
	 *
	 * @param decision the decision
	 * @param appeal its appeal, or null when not appealed
	 */
	public record DecisionWithAppeal(AdminDecision decision, @Nullable Appeal appeal) {

		public boolean appealable() {
			return this.appeal == null;
		}

	}

	/**
	 * The queue's totals.
	 *
	 * @param cases open cases (threads)
	 * @param flags open flags
	 * @param perReason open flags per reason
	 * @param appeals open appeals
	 */
	public record QueueCounts(long cases, long flags, Map<String, Long> perReason, long appeals) {
	}

}
