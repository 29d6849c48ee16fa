package dev.parley.core.thread;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.BuyerSettings;
import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.SellerSettings;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.order.Order;
import org.jspecify.annotations.Nullable;

/**
 * What the thread model knows of a thread, its order and its parties when it decides: for
 * a send, read under the thread's lock; for a dry run or the available actions, read
 * without it.
 *
 * @param preSale whether the thread is a pre-sale question (no order)
 * @param pairHasOrder whether the buyer has any order from the seller (a seller may start
 * a pre-sale conversation only then)
 * @param shippedAt when the order shipped, or null
 * @param deliveredAt when the order was delivered, or null
 * @param messageCount messages in the thread so far (0: the thread is new)
 * @param lastActivityAt when the last message was stored, or null for a new thread
 * @param awaitingSince arrival of the oldest buyer message awaiting an answer, or null
 * @param reviewRequested whether the order's review request was sent
 * @param buyerOptedOut whether the buyer declined non-essential seller messages
 * @param buyerLanguage the buyer's language
 * @param sellerLanguage the seller's language
 * @param sellerStatus the seller's messaging status
 * @param sellerEmailed whether the seller receives buyer messages by email (the switch is
 * on and a notification address is set)
 * @param buyerStatus the buyer's messaging status
 * @param senderMayReply whether the writing member of the seller's team may answer buyers
 * (always true for buyers and for the seller's owner)
 * @param senderMayInitiate whether the writing member may send proactive messages and
 * review requests (always true for buyers and for the seller's owner)
 */
public record ThreadState(boolean preSale, boolean pairHasOrder, @Nullable Instant shippedAt,
		@Nullable Instant deliveredAt, int messageCount, @Nullable Instant lastActivityAt,
		@Nullable Instant awaitingSince, boolean reviewRequested, boolean buyerOptedOut, Language buyerLanguage,
		Language sellerLanguage, MessagingStatus sellerStatus, boolean sellerEmailed, MessagingStatus buyerStatus,
		boolean senderMayReply, boolean senderMayInitiate) {

	public ThreadState {
		Objects.requireNonNull(buyerStatus, "buyerStatus");
		Objects.requireNonNull(buyerLanguage, "buyerLanguage");
		Objects.requireNonNull(sellerLanguage, "sellerLanguage");
		Objects.requireNonNull(sellerStatus, "sellerStatus");
		if (messageCount < 0 || (messageCount > 0) != (lastActivityAt != null)) {
			throw new IllegalArgumentException("a thread with messages has a last activity, a new one none");
		}
	}

	/**
	 * A state whose buyer is in good standing and whose sender may do everything their
	 * role allows (a buyer, a seller's owner).
	 */
	public ThreadState(boolean preSale, boolean pairHasOrder, @Nullable Instant shippedAt,
			@Nullable Instant deliveredAt, int messageCount, @Nullable Instant lastActivityAt,
			@Nullable Instant awaitingSince, boolean reviewRequested, boolean buyerOptedOut, Language buyerLanguage,
			Language sellerLanguage, MessagingStatus sellerStatus, boolean sellerEmailed) {
		this(preSale, pairHasOrder, shippedAt, deliveredAt, messageCount, lastActivityAt, awaitingSince,
				reviewRequested, buyerOptedOut, buyerLanguage, sellerLanguage, sellerStatus, sellerEmailed,
				MessagingStatus.ACTIVE);
	}

	/**
	 * A state whose sender may do everything their role allows (a buyer, a seller's
	 * owner).
	 */
	public ThreadState(boolean preSale, boolean pairHasOrder, @Nullable Instant shippedAt,
			@Nullable Instant deliveredAt, int messageCount, @Nullable Instant lastActivityAt,
			@Nullable Instant awaitingSince, boolean reviewRequested, boolean buyerOptedOut, Language buyerLanguage,
			Language sellerLanguage, MessagingStatus sellerStatus, boolean sellerEmailed, MessagingStatus buyerStatus) {
		this(preSale, pairHasOrder, shippedAt, deliveredAt, messageCount, lastActivityAt, awaitingSince,
				reviewRequested, buyerOptedOut, buyerLanguage, sellerLanguage, sellerStatus, sellerEmailed, buyerStatus,
				true, true);
	}

	/**
	 * The same state, written by a member of the seller's team with these permissions.
	 * @param mayReply whether the member may answer buyers
	 * @param mayInitiate whether the member may send proactive messages and review
	 * requests
	 * @return the state
	 */
	public ThreadState withSenderPermissions(boolean mayReply, boolean mayInitiate) {
		return new ThreadState(this.preSale, this.pairHasOrder, this.shippedAt, this.deliveredAt, this.messageCount,
				this.lastActivityAt, this.awaitingSince, this.reviewRequested, this.buyerOptedOut, this.buyerLanguage,
				this.sellerLanguage, this.sellerStatus, this.sellerEmailed, this.buyerStatus, mayReply, mayInitiate);
	}

	/**
	 * The state of a thread from what the stores hold.
	 * @param thread the thread, or null when it does not exist yet
	 * @param order the thread's order, or null for a pre-sale thread
	 * @param pairHasOrder whether the buyer has an order from the seller
	 * @param buyer the buyer's settings
	 * @param buyerLanguage the buyer's language
	 * @param seller the seller's settings
	 * @param sellerLanguage the seller's language
	 * @return the state
	 */
	public static ThreadState of(@Nullable ThreadSummary thread, @Nullable Order order, boolean pairHasOrder,
			BuyerSettings buyer, Language buyerLanguage, SellerSettings seller, Language sellerLanguage) {
		boolean started = thread != null && thread.messageCount() > 0;
		return new ThreadState(order == null, pairHasOrder || order != null, (order != null) ? order.shippedAt() : null,
				(order != null) ? order.deliveredAt() : null, started ? thread.messageCount() : 0,
				started ? thread.lastActivityAt() : null, (thread != null) ? thread.awaitingSince() : null,
				thread != null && thread.reviewRequested(), buyer.optOutNonEssential(), buyerLanguage, sellerLanguage,
				seller.status(), seller.buyerMessagesEnabled() && seller.notificationEmail() != null, buyer.status());
	}

	public boolean isAwaiting() {
		return this.awaitingSince != null;
	}

}
