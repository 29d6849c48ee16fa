package dev.parley.web.api;

import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.conversation.ChainVerification;
import dev.parley.core.conversation.ChainVerification.BrokenLink;
import dev.parley.core.conversation.CheckpointProof;
import dev.parley.core.moderation.AdminDecision;
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagId;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.web.moderation.CaseQueries;
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.moderation.ModerationService.QueueCounts;
import dev.parley.web.moderation.ModerationService.Standing;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.Appeal;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.FlagSource;
import dev.parley.web.platform.NotFoundException;
import java.time.Clock;
import java.util.Map;
import dev.parley.web.order.OrderService;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin endpoints: the flag queue and decisions, sellers' standing, the order feed.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.API + "/admin")
@Tag(name = "Admin")
class AdminApiController {

	private final ModerationService moderation;

	private final OrderService orders;

	private final Accounts accounts;

	private final Clock clock;

	AdminApiController(ModerationService moderation, OrderService orders, Accounts accounts, Clock clock) {
		this.clock = clock;
		this.moderation = moderation;
		this.orders = orders;
		this.accounts = accounts;
	}

	@GetMapping("/flags")
	@Operation(operationId = "listOpenFlags", summary = "Open flags",
			description = "Admins: the open flags, oldest first, keyset-paged.")
	FlagPage flags(Caller caller, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		int size = Paging.limit(limit);
		FlagId after = (cursor != null && !cursor.isBlank()) ? Ids.flag(cursor) : null;
		List<Flag> flags = this.moderation.openFlags(caller, after, size);
		String next = (flags.size() == size) ? flags.get(flags.size() - 1).id().toString() : null;
		return new FlagPage(flags.stream().map(QueuedFlagJson::of).toList(), next,
				this.moderation.countOpenFlags(caller));
	}

	@PostMapping("/flags/{flagId}/decision")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "decideFlag", summary = "Decide a flag",
			description = "Admins: DISMISS, WARN (platform notice, status WARNED; a warning while others are in force "
					+ "escalates to SUSPEND), SUSPEND or REINSTATE, about the party the flag names (buyer or seller), "
					+ "with the reason the party is told and an internal note for admins; recorded permanently.")
	ResponseEntity<DecisionJson> decide(Caller caller, @PathVariable String flagId,
			@Valid @RequestBody DecisionRequest request) {
		AdminDecision decision = this.moderation.decide(caller, Ids.flag(flagId), request.decision(), request.reason(),
				request.internalNote());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionJson.of(decision, status(decision)));
	}

	@GetMapping("/cases")
	@Operation(operationId = "listCases", summary = "The review queue",
			description = "Admins: one case per thread with open flags, grouped (reasons, sources, parties, counts), "
					+ "filtered by rule, source, party role, age (olderThanHours) and language, searched by order id, "
					+ "party name or flagged text, oldest first or by severity, keyset-paged.")
	CasePage cases(Caller caller, @RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable FlagSource source,
			@RequestParam(required = false) @Nullable Role partyRole,
			@RequestParam(required = false) @Nullable Integer olderThanHours,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) Cases.@Nullable Order sort,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable Integer limit) {
		int size = Paging.limit(limit);
		Cases.Query query = CaseQueries.query(rule, source, partyRole, olderThanHours, language, q, sort, cursor, size,
				this.clock.instant());
		List<Cases.Case> page = this.moderation.cases(caller, query);
		QueueCounts counts = this.moderation.queueCounts(caller);
		String next = (page.size() == size) ? CaseQueries.cursor(page.get(page.size() - 1).cursor()) : null;
		return new CasePage(page.stream().map(CaseJson::of).toList(), next, counts.cases(), counts.flags(),
				counts.perReason(), counts.appeals());
	}

	@PostMapping("/cases/{threadId}/claim")
	@Operation(operationId = "claimCase", summary = "Claim a case",
			description = "Admins: marks the thread's case as worked on by the caller; another admin's decisions on it "
					+ "are refused until released or the claim times out (400 CASE_CLAIMED when someone else holds it).")
	CaseJson claim(Caller caller, @PathVariable String threadId) {
		return CaseJson.of(this.moderation.claim(caller, Ids.thread(threadId)));
	}

	@PostMapping("/cases/dismissals")
	@Operation(operationId = "dismissCases", summary = "Dismiss cases in bulk",
			description = "Admins: dismisses every open flag of the given threads with one reason (cases claimed by "
					+ "another admin are skipped).")
	DismissedJson dismiss(Caller caller, @Valid @RequestBody DismissRequest request) {
		List<ThreadId> threads = request.threadIds().stream().map(ThreadId::of).toList();
		return new DismissedJson(this.moderation.dismissCases(caller, threads, request.reason()));
	}

	@GetMapping("/appeals")
	@Operation(operationId = "listAppeals", summary = "Open appeals",
			description = "Admins: appeals against warnings and suspensions that no admin has decided, oldest first.")
	List<AppealJson> appeals(Caller caller) {
		return this.moderation.openAppeals(caller, 200).stream().map(AppealJson::of).toList();
	}

	@PostMapping("/appeals/{appealId}/decision")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "decideAppeal", summary = "Decide an appeal",
			description = "Admins: UPHOLD (the decision stands) or OVERTURN (the status before it returns); the party "
					+ "is told the reason.")
	ResponseEntity<DecisionJson> decideAppeal(Caller caller, @PathVariable long appealId,
			@Valid @RequestBody AppealDecisionRequest request) {
		if (!request.decision().decidesAppeal()) {
			throw new BadRequestException("APPEAL_OUTCOME", "an appeal is decided with UPHOLD or OVERTURN");
		}
		AdminDecision decision = this.moderation.decideAppeal(caller, appealId,
				request.decision() == DecisionKind.OVERTURN, request.reason(), request.internalNote());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionJson.of(decision, status(decision)));
	}

	@GetMapping("/buyers/{buyerId}")
	@Operation(operationId = "getBuyerStanding", summary = "A buyer's standing",
			description = "Admins: the buyer's messaging status and decision history.")
	StandingJson buyer(Caller caller, @PathVariable String buyerId) {
		return standing(caller, buyerId, Role.BUYER);
	}

	@PostMapping("/buyers/{buyerId}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "decideForBuyer", summary = "Decide about a buyer",
			description = "Admins: a decision without a flag (WARN, SUSPEND, REINSTATE).")
	ResponseEntity<DecisionJson> decideForBuyer(Caller caller, @PathVariable String buyerId,
			@Valid @RequestBody DecisionRequest request) {
		AccountId id = Ids.account(buyerId);
		requireRole(caller, id, Role.BUYER);
		AdminDecision decision = this.moderation.decideForParty(caller, id, request.decision(), request.reason(),
				request.internalNote());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionJson.of(decision, status(decision)));
	}

	@GetMapping("/rule-feedback")
	@Operation(operationId = "getRuleFeedback", summary = "Rule feedback",
			description = "Admins: per rule (or report reason) and outcome, how many flags admins dismissed and how "
					+ "many they acted on (warned or suspended), over the last 7, 30 and 90 days.")
	List<RuleFeedbackJson> ruleFeedback(Caller caller) {
		return this.moderation.ruleFeedback(caller).stream().map(RuleFeedbackJson::of).toList();
	}

	@GetMapping("/threads/{threadId}/verify")
	@Operation(operationId = "verifyThreadChain", summary = "Verify a thread's hash chain",
			description = "Admins: walks the thread's messages and names the first link that does not hold.")
	VerificationJson verify(Caller caller, @PathVariable String threadId) {
		ChainVerification verification = this.moderation.verifyChain(caller, Ids.thread(threadId));
		List<BrokenJson> problems = verification.problems().stream().map(BrokenJson::of).toList();
		return new VerificationJson(verification.thread().value(), verification.isIntact(),
				verification.messagesChecked(), problems.isEmpty() ? null : problems.get(0), problems,
				verification.checkpoint());
	}

	@GetMapping("/sellers/{sellerId}")
	@Operation(operationId = "getSellerStanding", summary = "A seller's standing",
			description = "Admins: the seller's messaging status and decision history.")
	StandingJson seller(Caller caller, @PathVariable String sellerId) {
		return standing(caller, sellerId, Role.SELLER);
	}

	private StandingJson standing(Caller caller, String partyId, Role role) {
		Standing standing = this.moderation.standing(caller, Ids.account(partyId));
		if (!standing.party().is(role)) {
			throw new NotFoundException("party");
		}
		return new StandingJson(standing.party().id().value(), standing.party().displayName(), role.name(),
				standing.status().name(),
				standing.decisions().stream().map((decision) -> DecisionJson.of(decision, null)).toList());
	}

	private void requireRole(Caller caller, AccountId id, Role role) {
		if (!this.moderation.standing(caller, id).party().is(role)) {
			throw new NotFoundException("party");
		}
	}

	@PostMapping("/sellers/{sellerId}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "decideForSeller", summary = "Decide about a seller",
			description = "Admins: a decision without a flag (for example REINSTATE).")
	ResponseEntity<DecisionJson> decideForSeller(Caller caller, @PathVariable String sellerId,
			@Valid @RequestBody DecisionRequest request) {
		AccountId id = Ids.account(sellerId);
		requireRole(caller, id, Role.SELLER);
		AdminDecision decision = this.moderation.decideForParty(caller, id, request.decision(), request.reason(),
				request.internalNote());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionJson.of(decision, status(decision)));
	}

	@PostMapping("/orders")
	@Operation(operationId = "feedOrder", summary = "Create or update an order",
			description = "Admins (the marketplace's order system): creates an order (201) or replaces it (200); timestamps may be set.")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderJson.class)))
	@ApiResponse(responseCode = "200", description = "Replaced",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderJson.class)))
	ResponseEntity<OrderJson> feed(Caller caller, @Valid @RequestBody OrderFeed request) {
		if (!OrderId.isValid(request.orderId())) {
			throw new BadRequestException("ORDER_ID_INVALID", "an order id has 17 digits written NNN-NNNNNNN-NNNNNNN");
		}
		boolean exists = this.orders.exists(OrderId.of(request.orderId()));
		Order order;
		try {
			order = new Order(OrderId.of(request.orderId()), AccountId.of(request.buyerId()),
					AccountId.of(request.sellerId()),
					request.items()
						.stream()
						.map((item) -> new LineItem(item.title(), item.quantity(), item.sku()))
						.toList(),
					request.placedAt(), request.shippedAt(), request.deliveredAt());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("ORDER_INVALID", ex.getMessage());
		}
		Order saved = this.orders.save(order);
		return ResponseEntity.status(exists ? HttpStatus.OK : HttpStatus.CREATED)
			.body(OrderJson.of(saved, account(saved.buyer()), account(saved.seller())));
	}

	private String status(AdminDecision decision) {
		return (decision.partyRole() == Role.BUYER) ? this.accounts.buyerSettings(decision.party()).status().name()
				: this.accounts.sellerSettings(decision.party()).status().name();
	}

	private Account account(AccountId id) {
		return this.accounts.find(id).orElseThrow(() -> new IllegalStateException("no account " + id));
	}

	/**
	 * The result of verifying a thread's record.
	 *
	 * @param threadId the thread
	 * @param intact whether everything holds
	 * @param messagesChecked how many messages were walked
	 * @param firstBroken the first problem, or null
	 * @param problems everything found broken
	 * @param checkpoint the inclusion proof of the thread's head in the latest external
	 * checkpoint, or null when none covers it
	 */
	record VerificationJson(long threadId, boolean intact, int messagesChecked, @Nullable BrokenJson firstBroken,
			List<BrokenJson> problems, @Nullable CheckpointProof checkpoint) {
	}

	/**
	 * Something broken.
	 *
	 * @param messageId the message it concerns, or null (the thread or the checkpoint)
	 * @param seq its position (0 when no message)
	 * @param problem what is broken ({@link ChainVerification.Problem})
	 * @param detail an explanation
	 */
	record BrokenJson(@Nullable Long messageId, int seq, String problem, String detail) {

		static BrokenJson of(BrokenLink broken) {
			return new BrokenJson((broken.message() != null) ? broken.message().value() : null, broken.seq(),
					broken.problem().name(), broken.detail());
		}

	}

	/**
	 * A page of open flags, oldest first.
	 *
	 * @param items the flags
	 * @param nextCursor the cursor of the next page, or null
	 * @param total open flags in all
	 */
	record FlagPage(List<QueuedFlagJson> items, @Nullable String nextCursor, long total) {
	}

	/**
	 * A flag in the queue.
	 *
	 * @param flagId the flag
	 * @param threadId the flagged thread
	 * @param sellerId the thread's seller
	 * @param partyId the party whose conduct is in question
	 * @param partyRole BUYER or SELLER
	 * @param reporterId who reported, or null for rule and system flags
	 * @param flag the flag's details
	 */
	record QueuedFlagJson(long flagId, long threadId, long sellerId, long partyId, String partyRole,
			@Nullable Long reporterId, ThreadJson.FlagJson flag) {

		static QueuedFlagJson of(Flag flag) {
			return new QueuedFlagJson(flag.id().value(), flag.thread().value(), flag.seller().value(),
					flag.party().value(), flag.partyRole().name(),
					(flag.raisedBy() != null) ? flag.raisedBy().value() : null, ThreadJson.FlagJson.of(flag));
		}

	}

	/**
	 * A decision to record.
	 *
	 * @param decision DISMISS, WARN, SUSPEND or REINSTATE
	 * @param reason why (recorded, and quoted in the party's notice)
	 * @param internalNote a note for admins only, or null
	 */
	record DecisionRequest(@NotNull DecisionKind decision,
			@NotBlank @Size(max = ModerationService.MAX_REASON_LENGTH) String reason,
			@Size(max = ModerationService.MAX_REASON_LENGTH) @Nullable String internalNote) {
	}

	/**
	 * An appeal's outcome.
	 *
	 * @param decision UPHOLD or OVERTURN
	 * @param reason what the party is told
	 * @param internalNote a note for admins only, or null
	 */
	record AppealDecisionRequest(@NotNull DecisionKind decision,
			@NotBlank @Size(max = ModerationService.MAX_REASON_LENGTH) String reason,
			@Size(max = ModerationService.MAX_REASON_LENGTH) @Nullable String internalNote) {
	}

	/**
	 * Cases to dismiss.
	 *
	 * @param threadIds the cases' threads
	 * @param reason what each party is told
	 */
	record DismissRequest(@NotEmpty @Size(max = 200) List<@NotNull @Min(1) Long> threadIds,
			@NotBlank @Size(max = ModerationService.MAX_REASON_LENGTH) String reason) {
	}

	/**
	 * The result of a bulk dismissal.
	 *
	 * @param dismissed how many flags were dismissed
	 */
	record DismissedJson(int dismissed) {
	}

	/**
	 * A page of the review queue.
	 *
	 * @param items the cases
	 * @param nextCursor the next page's cursor, or null
	 * @param totalCases open cases
	 * @param openFlags open flags
	 * @param perReason open flags per reason
	 * @param openAppeals open appeals
	 */
	record CasePage(List<CaseJson> items, @Nullable String nextCursor, long totalCases, long openFlags,
			Map<String, Long> perReason, long openAppeals) {
	}

	/**
	 * A thread in the queue with its open flags grouped.
	 *
	 * @param threadId the thread
	 * @param subject its subject
	 * @param orderId its order, or null
	 * @param buyerId the buyer
	 * @param buyerName the buyer's name
	 * @param sellerId the seller
	 * @param sellerName the seller's name
	 * @param openFlags open flags
	 * @param openReports of which reports
	 * @param reasons open flags per reason
	 * @param sources their sources
	 * @param partyRoles the roles of the parties in question
	 * @param language the language of the party of the oldest open flag
	 * @param severity higher is more severe
	 * @param oldestOpenAt the oldest open flag's time
	 * @param claimedBy the admin working on it, or null
	 * @param claimedAt since when, or null
	 */
	record CaseJson(long threadId, String subject, @Nullable String orderId, long buyerId, String buyerName,
			long sellerId, String sellerName, int openFlags, int openReports, Map<String, Integer> reasons,
			List<String> sources, List<String> partyRoles, String language, int severity, Instant oldestOpenAt,
			@Nullable Long claimedBy, @Nullable Instant claimedAt) {

		static CaseJson of(Cases.Case c) {
			return new CaseJson(c.thread().value(), c.subject(), c.orderId(), c.buyer().value(), c.buyerName(),
					c.seller().value(), c.sellerName(), c.openFlags(), c.openReports(), c.reasons(),
					c.sources().stream().map(Enum::name).toList(), c.partyRoles().stream().map(Enum::name).toList(),
					c.language(), c.severity(), c.oldestOpenAt(),
					(c.claimedBy() != null) ? c.claimedBy().value() : null, c.claimedAt());
		}

	}

	/**
	 * An appeal.
	 *
	 * @param appealId the appeal
	 * @param decision the decision appealed
	 * @param text what the party wrote
	 * @param createdAt when
	 * @param outcome the UPHOLD or OVERTURN decision, or null while open
	 */
	record AppealJson(long appealId, DecisionJson decision, String text, Instant createdAt,
			@Nullable DecisionJson outcome) {

		static AppealJson of(Appeal appeal) {
			return new AppealJson(appeal.id(), DecisionJson.of(appeal.decision(), null), appeal.text(), appeal.at(),
					(appeal.outcome() != null) ? DecisionJson.of(appeal.outcome(), null) : null);
		}

	}

	/**
	 * How admins decided the flags of one rule or report reason.
	 *
	 * @param reason the rule id, report reason or system code
	 * @param source RULE, REPORT or SYSTEM
	 * @param days the period: the last 7, 30 or 90 days
	 * @param dismissed flags raised in the period and dismissed
	 * @param actedOn flags raised in the period on which an admin warned or suspended
	 * @param open flags raised in the period still open
	 */
	record RuleFeedbackJson(String reason, String source, int days, long dismissed, long actedOn, long open) {

		static RuleFeedbackJson of(ModerationService.RuleFeedback row) {
			return new RuleFeedbackJson(row.reason(), row.source().name(), row.days(), row.dismissed(), row.actedOn(),
					row.open());
		}

	}

	/**
	 * A recorded decision.
	 *
	 * @param decisionId the id
	 * @param decision what was decided (an escalated warning is a SUSPEND)
	 * @param partyId the party concerned
	 * @param partyRole BUYER or SELLER
	 * @param adminId who decided
	 * @param flagId the flag it closed, or null
	 * @param appealId the appeal it answered, or null
	 * @param reason why, as the party is told
	 * @param internalNote the note for admins, or null
	 * @param statusBefore the party's status before, or null for old decisions
	 * @param statusAfter the party's status after, or null for old decisions
	 * @param escalated whether the ladder turned a warning into this suspension
	 * @param decidedAt when
	 * @param partyStatus the party's status now, or null in histories
	 */
	record DecisionJson(long decisionId, String decision, long partyId, String partyRole, long adminId,
			@Nullable Long flagId, @Nullable Long appealId, String reason, @Nullable String internalNote,
			@Nullable String statusBefore, @Nullable String statusAfter, boolean escalated, Instant decidedAt,
			@Nullable String partyStatus) {

		static DecisionJson of(AdminDecision decision, @Nullable String partyStatus) {
			return new DecisionJson(decision.id(), decision.kind().name(), decision.party().value(),
					decision.partyRole().name(), decision.admin().value(),
					(decision.flag() != null) ? decision.flag().value() : null, decision.appeal(), decision.reason(),
					decision.internalNote(), (decision.statusBefore() != null) ? decision.statusBefore().name() : null,
					(decision.statusAfter() != null) ? decision.statusAfter().name() : null, decision.escalated(),
					decision.at(), partyStatus);
		}

	}

	/**
	 * A buyer's or seller's standing.
	 *
	 * @param partyId the buyer or seller
	 * @param displayName their name
	 * @param role BUYER or SELLER
	 * @param messagingStatus ACTIVE, WARNED or SUSPENDED
	 * @param decisions their decision history, newest first
	 */
	record StandingJson(long partyId, String displayName, String role, String messagingStatus,
			List<DecisionJson> decisions) {
	}

	/**
	 * An order from the marketplace's order system.
	 *
	 * @param orderId the 17-digit id
	 * @param buyerId the buyer's account id
	 * @param sellerId the seller's account id
	 * @param items the lines
	 * @param placedAt when placed
	 * @param shippedAt when shipped, or null
	 * @param deliveredAt when delivered, or null
	 */
	record OrderFeed(@NotBlank String orderId, @NotNull @Min(1) Long buyerId, @NotNull @Min(1) Long sellerId,
			@NotEmpty @Size(max = 100) List<@Valid ItemFeed> items, @NotNull Instant placedAt,
			@Nullable Instant shippedAt, @Nullable Instant deliveredAt) {
	}

	/**
	 * A line.
	 *
	 * @param title the product title
	 * @param quantity how many
	 * @param sku the SKU, or null
	 */
	record ItemFeed(@NotBlank @Size(max = 500) String title, @Min(1) int quantity,
			@Size(max = 100) @Nullable String sku) {
	}

}
