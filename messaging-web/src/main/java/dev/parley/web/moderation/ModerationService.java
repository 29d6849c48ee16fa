package dev.parley.web.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
import dev.parley.core.moderation.DecisionKind;
import dev.parley.core.moderation.Flag;
import dev.parley.core.moderation.FlagId;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.moderation.PlatformNotice;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin decisions. Every decision is recorded with admin, time and reason, changes the
 * seller's messaging status as its kind says, and sends the seller a platform notice in
 * the seller's language — all in one transaction.
 */
@Service
public class ModerationService {

	/** Longest reason an admin may record, in characters. */
	public static final int MAX_REASON_LENGTH = 2000;

	private final Moderation moderation;

	private final Conversations conversations;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	ModerationService(Moderation moderation, Conversations conversations, Accounts accounts, MessageSource messages,
			Clock clock) {
		this.moderation = moderation;
		this.conversations = conversations;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
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
	 * Decides on an open flag.
	 * @param caller an admin
	 * @param flagId the flag
	 * @param kind the decision
	 * @param reason why (required)
	 * @return the recorded decision
	 * @throws BadRequestException when the flag is already decided or the reason is
	 * missing
	 */
	@Transactional
	public AdminDecision decide(Caller caller, FlagId flagId, DecisionKind kind, String reason) {
		requireAdmin(caller);
		Flag flag = this.moderation.flag(flagId).orElseThrow(() -> new NotFoundException("flag"));
		if (!flag.isOpen()) {
			throw new BadRequestException("FLAG_ALREADY_DECIDED", "this flag has already been decided");
		}
		return record(caller, flag.seller(), flag.id(), kind, reason);
	}

	/**
	 * Decides about a seller directly, from the seller page (e.g. to reinstate).
	 * @param caller an admin
	 * @param sellerId the seller
	 * @param kind the decision
	 * @param reason why (required)
	 * @return the recorded decision
	 */
	@Transactional
	public AdminDecision decideForSeller(Caller caller, AccountId sellerId, DecisionKind kind, String reason) {
		requireAdmin(caller);
		seller(sellerId);
		if (kind == DecisionKind.DISMISS) {
			throw new BadRequestException("DISMISS_NEEDS_FLAG", "only a flag can be dismissed");
		}
		return record(caller, sellerId, null, kind, reason);
	}

	/**
	 * The seller page: the account, its status and its decision history.
	 * @param caller an admin
	 * @param sellerId the seller
	 * @return the page's data
	 */
	@Transactional(readOnly = true)
	public SellerStanding standing(Caller caller, AccountId sellerId) {
		requireAdmin(caller);
		Account seller = seller(sellerId);
		return new SellerStanding(seller, this.accounts.sellerSettings(sellerId), this.moderation.decisions(sellerId));
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
		return this.conversations.verifyChain(threadId);
	}

	/**
	 * A seller's platform notices, newest first.
	 * @param caller the seller
	 * @param before the last notice id of the previous page, or null
	 * @param limit page size
	 * @return the notices
	 */
	@Transactional(readOnly = true)
	public List<PlatformNotice> notices(Caller caller, @Nullable Long before, int limit) {
		if (!caller.is(Role.SELLER)) {
			throw new BadRequestException("SELLERS_ONLY", "platform notices are for sellers");
		}
		return this.moderation.notices(caller.id(), before, limit);
	}

	private AdminDecision record(Caller admin, AccountId sellerId, @Nullable FlagId flag, DecisionKind kind,
			String reason) {
		String cleanReason = (reason != null) ? reason.strip() : "";
		if (cleanReason.isEmpty() || cleanReason.length() > MAX_REASON_LENGTH) {
			throw new BadRequestException("REASON_REQUIRED",
					"every decision records a reason of 1 to " + MAX_REASON_LENGTH + " characters");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		SellerSettings settings = this.accounts.sellerSettings(sellerId);
		List<DecisionKind> earlier = new ArrayList<>(
				this.moderation.decisions(sellerId).stream().map(AdminDecision::kind).toList());
		Collections.reverse(earlier);
		MessagingStatus status = kind.statusAfter(settings.status(), earlier);
		AdminDecision decision = this.moderation.decide(kind, sellerId, admin.id(), flag, cleanReason, now);
		if (status != settings.status()) {
			this.accounts.saveSellerSettings(sellerId, settings.withStatus(status));
		}
		Account seller = seller(sellerId);
		String subject = this.messages.getMessage("notice." + kind.name() + ".subject", null,
				seller.language().locale());
		String body = this.messages.getMessage("notice." + kind.name() + ".body", new Object[] { cleanReason },
				seller.language().locale());
		this.moderation.notify(sellerId, kind.name(), subject, body, decision.id(), now);
		return decision;
	}

	private Account seller(AccountId id) {
		return this.accounts.find(id)
			.filter((account) -> account.is(Role.SELLER))
			.orElseThrow(() -> new NotFoundException("seller"));
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.is(Role.ADMIN)) {
			throw new NotFoundException("admin resource");
		}
	}

	/**
	 * A seller as the admin sees them.
	 *
	 * @param seller the account
	 * @param settings their settings and status
	 * @param decisions their decision history, newest first
	 */
	public record SellerStanding(Account seller, SellerSettings settings, List<AdminDecision> decisions) {
	}

}
