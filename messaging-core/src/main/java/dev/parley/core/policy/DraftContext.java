package dev.parley.core.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the rules need to know besides the draft itself.
 *
 * @param relationship how sender and recipient relate
 * @param shippedAt when the order shipped, or null
 * @param deliveredAt when the order was delivered (order completion), or null; the
 * proactive window and review requests count from it
 * @param buyerMessageAwaiting whether a buyer message in the thread awaits the seller's
 * answer (a seller message then answers it and is not proactive)
 * @param buyerOptedOut whether the buyer declined non-essential messages
 * @param sellerStatus the seller's messaging status
 * @param sellerBuyerMessagesEnabled the seller's "Buyer messages" notification switch
 * @param reviewRequestAlreadySent whether a review request was already sent for the order
 * @param recipientLanguage the recipient's language (standardized texts are written in
 * it)
 * @param clock the time
 */
public record DraftContext(Relationship relationship, @Nullable Instant shippedAt, @Nullable Instant deliveredAt,
		boolean buyerMessageAwaiting, boolean buyerOptedOut, MessagingStatus sellerStatus,
		boolean sellerBuyerMessagesEnabled, boolean reviewRequestAlreadySent, Language recipientLanguage, Clock clock) {

	public DraftContext {
		Objects.requireNonNull(relationship, "relationship");
		Objects.requireNonNull(sellerStatus, "sellerStatus");
		Objects.requireNonNull(recipientLanguage, "recipientLanguage");
		Objects.requireNonNull(clock, "clock");
	}

}
