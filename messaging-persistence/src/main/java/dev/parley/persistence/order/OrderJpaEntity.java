package dev.parley.persistence.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "orders")
class OrderJpaEntity {

	@Id
	private String id;

	@Column(name = "buyer_id", nullable = false, updatable = false)
	private long buyerId;

	@Column(name = "seller_id", nullable = false, updatable = false)
	private long sellerId;

	@Column(name = "placed_at", nullable = false)
	private Instant placedAt;

	@Column(name = "shipped_at")
	private @Nullable Instant shippedAt;

	@Column(name = "delivered_at")
	private @Nullable Instant deliveredAt;

	@ElementCollection
	@CollectionTable(name = "order_line_item", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<LineItemEmbeddable> items = new ArrayList<>();

	protected OrderJpaEntity() {
		this.id = "";
		this.placedAt = Instant.EPOCH;
	}

	OrderJpaEntity(String id, long buyerId, long sellerId) {
		this.id = id;
		this.buyerId = buyerId;
		this.sellerId = sellerId;
		this.placedAt = Instant.EPOCH;
	}

	void update(Instant placedAt, @Nullable Instant shippedAt, @Nullable Instant deliveredAt,
			List<LineItemEmbeddable> items) {
		this.placedAt = placedAt;
		this.shippedAt = shippedAt;
		this.deliveredAt = deliveredAt;
		this.items.clear();
		this.items.addAll(items);
	}

	String getId() {
		return this.id;
	}

	long getBuyerId() {
		return this.buyerId;
	}

	long getSellerId() {
		return this.sellerId;
	}

	Instant getPlacedAt() {
		return this.placedAt;
	}

	@Nullable Instant getShippedAt() {
		return this.shippedAt;
	}

	@Nullable Instant getDeliveredAt() {
		return this.deliveredAt;
	}

	List<LineItemEmbeddable> getItems() {
		return this.items;
	}

	/** One line of an order. */
	@Embeddable
	static class LineItemEmbeddable {

		@Column(nullable = false)
		private String title;

		@Column(nullable = false)
		private int quantity;

		@Column
		private @Nullable String sku;

		protected LineItemEmbeddable() {
			this.title = "";
		}

		LineItemEmbeddable(String title, int quantity, @Nullable String sku) {
			this.title = title;
			this.quantity = quantity;
			this.sku = sku;
		}

		String getTitle() {
			return this.title;
		}

		int getQuantity() {
			return this.quantity;
		}

		@Nullable String getSku() {
			return this.sku;
		}

	}

}
