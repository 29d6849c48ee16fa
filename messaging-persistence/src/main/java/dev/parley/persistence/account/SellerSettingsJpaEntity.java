package dev.parley.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "seller_settings")
class SellerSettingsJpaEntity {

	@Id
	@Column(name = "seller_id")
	private long sellerId;

	@Column(name = "buyer_messages_enabled", nullable = false)
	private boolean buyerMessagesEnabled;

	@Column(name = "notification_email")
	private @Nullable String notificationEmail;

	@Column(name = "messaging_status", nullable = false)
	private String messagingStatus;

	protected SellerSettingsJpaEntity() {
		this.messagingStatus = "ACTIVE";
	}

	SellerSettingsJpaEntity(long sellerId, boolean buyerMessagesEnabled, @Nullable String notificationEmail,
			String messagingStatus) {
		this.sellerId = sellerId;
		this.buyerMessagesEnabled = buyerMessagesEnabled;
		this.notificationEmail = notificationEmail;
		this.messagingStatus = messagingStatus;
	}

	boolean isBuyerMessagesEnabled() {
		return this.buyerMessagesEnabled;
	}

	@Nullable String getNotificationEmail() {
		return this.notificationEmail;
	}

	String getMessagingStatus() {
		return this.messagingStatus;
	}

	void update(boolean buyerMessagesEnabled, @Nullable String notificationEmail, String messagingStatus) {
		this.buyerMessagesEnabled = buyerMessagesEnabled;
		this.notificationEmail = notificationEmail;
		this.messagingStatus = messagingStatus;
	}

}
