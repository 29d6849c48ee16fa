package dev.parley.persistence.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A platform notice row: append-only, so Hibernate never updates or deletes it.
 */
@Entity
@Immutable
@Table(name = "platform_notice")
class PlatformNoticeJpaEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "seller_id", nullable = false)
	private long sellerId;

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Column(name = "decision_id")
	private @Nullable Long decisionId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PlatformNoticeJpaEntity() {
		this.kind = "";
		this.subject = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	PlatformNoticeJpaEntity(long sellerId, String kind, String subject, String body, @Nullable Long decisionId,
			Instant createdAt) {
		this.sellerId = sellerId;
		this.kind = kind;
		this.subject = subject;
		this.body = body;
		this.decisionId = decisionId;
		this.createdAt = createdAt;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getSellerId() {
		return this.sellerId;
	}

	String getKind() {
		return this.kind;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	@Nullable Long getDecisionId() {
		return this.decisionId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
