package dev.parley.core.account;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A seller's messaging settings and standing.
 *
 * @param buyerMessagesEnabled the "Buyer messages" notification switch: when off, buyer
 * messages are still received and kept, but no email notification goes out
 * @param notificationEmail where buyer message notifications go; may be null when
 * notifications are off
 * @param status the seller's messaging status
 */
public record SellerSettings(boolean buyerMessagesEnabled, @Nullable String notificationEmail, MessagingStatus status) {

	public SellerSettings {
		Objects.requireNonNull(status, "status");
		if (buyerMessagesEnabled && (notificationEmail == null || notificationEmail.isBlank())) {
			throw new IllegalArgumentException("a notification email is required when buyer messages are enabled");
		}
	}

	public SellerSettings withStatus(MessagingStatus status) {
		return new SellerSettings(this.buyerMessagesEnabled, this.notificationEmail, status);
	}

}
