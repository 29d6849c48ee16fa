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
import dev.parley.web.moderation.ModerationService;
import dev.parley.web.moderation.ModerationService.SellerStanding;
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

	AdminApiController(ModerationService moderation, OrderService orders, Accounts accounts) {
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
			description = "Admins: DISMISS, WARN (platform notice, status WARNED), SUSPEND or REINSTATE, with a reason; recorded permanently.")
	ResponseEntity<DecisionJson> decide(Caller caller, @PathVariable String flagId,
			@Valid @RequestBody DecisionRequest request) {
		AdminDecision decision = this.moderation.decide(caller, Ids.flag(flagId), request.decision(), request.reason());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionJson.of(decision, status(decision.seller())));
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
	SellerJson seller(Caller caller, @PathVariable String sellerId) {
		SellerStanding standing = this.moderation.standing(caller, Ids.account(sellerId));
		return new SellerJson(standing.seller().id().value(), standing.seller().displayName(),
				standing.settings().status().name(),
				standing.decisions().stream().map((decision) -> DecisionJson.of(decision, null)).toList());
	}

	@PostMapping("/sellers/{sellerId}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "decideForSeller", summary = "Decide about a seller",
			description = "Admins: a decision without a flag (for example REINSTATE).")
	ResponseEntity<DecisionJson> decideForSeller(Caller caller, @PathVariable String sellerId,
			@Valid @RequestBody DecisionRequest request) {
		AdminDecision decision = this.moderation.decideForSeller(caller, Ids.account(sellerId), request.decision(),
				request.reason());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionJson.of(decision, status(decision.seller())));
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

	private String status(AccountId seller) {
		return this.accounts.sellerSettings(seller).status().name();
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
	 * @param sellerId the seller concerned
	 * @param flag the flag's details
	 */
	record QueuedFlagJson(long flagId, long threadId, long sellerId, ThreadJson.FlagJson flag) {

		static QueuedFlagJson of(Flag flag) {
			return new QueuedFlagJson(flag.id().value(), flag.thread().value(), flag.seller().value(),
					ThreadJson.FlagJson.of(flag));
		}

	}

	/**
	 * A decision to record.
	 *
	 * @param decision DISMISS, WARN, SUSPEND or REINSTATE
	 * @param reason why (recorded, and quoted in the seller's notice)
	 */
	record DecisionRequest(@NotNull DecisionKind decision,
			@NotBlank @Size(max = ModerationService.MAX_REASON_LENGTH) String reason) {
	}

	/**
	 * A recorded decision.
	 *
	 * @param decisionId the id
	 * @param decision what was decided
	 * @param sellerId the seller concerned
	 * @param adminId who decided
	 * @param flagId the flag it closed, or null
	 * @param reason why
	 * @param decidedAt when
	 * @param sellerStatus the seller's status now, or null in histories
	 */
	record DecisionJson(long decisionId, String decision, long sellerId, long adminId, @Nullable Long flagId,
			String reason, Instant decidedAt, @Nullable String sellerStatus) {

		static DecisionJson of(AdminDecision decision, @Nullable String sellerStatus) {
			return new DecisionJson(decision.id(), decision.kind().name(), decision.seller().value(),
					decision.admin().value(), (decision.flag() != null) ? decision.flag().value() : null,
					decision.reason(), decision.at(), sellerStatus);
		}

	}

	/**
	 * A seller's standing.
	 *
	 * @param sellerId the seller
	 * @param displayName their name
	 * @param messagingStatus ACTIVE, WARNED or SUSPENDED
	 * @param decisions their decision history, newest first
	 */
	record SellerJson(long sellerId, String displayName, String messagingStatus, List<DecisionJson> decisions) {
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
