package dev.parley.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "buyer_settings")
class BuyerSettingsJpaEntity {

	@Id
	@Column(name = "buyer_id")
	private long buyerId;

	@Column(name = "opt_out_non_essential", nullable = false)
	private boolean optOutNonEssential;

	/** Written only by the moderation (JdbcModeration.changeStatus), never by a save. */
	@Column(name = "messaging_status", insertable = false, updatable = false)
	private String messagingStatus = "ACTIVE";

	protected BuyerSettingsJpaEntity() {
	}

	BuyerSettingsJpaEntity(long buyerId, boolean optOutNonEssential) {
		this.buyerId = buyerId;
		this.optOutNonEssential = optOutNonEssential;
	}

	String getMessagingStatus() {
		return this.messagingStatus;
	}

	boolean isOptOutNonEssential() {
		return this.optOutNonEssential;
	}

	void update(boolean optOutNonEssential) {
		this.optOutNonEssential = optOutNonEssential;
	}

}
