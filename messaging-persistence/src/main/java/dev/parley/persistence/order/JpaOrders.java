package dev.parley.persistence.order;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.persistence.order.OrderJpaEntity.LineItemEmbeddable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders and their line items through Spring Data JPA: the order feed creates and updates
 * them; buyer and seller never change.
 * <p>
 * A {@code @Component}: the port promises {@code IllegalArgumentException}, which the JPA
 * exception translation of {@code @Repository} beans would wrap; the Spring Data
 * repository underneath translates persistence errors already.
 */
@Component
@Transactional(readOnly = true)
class JpaOrders implements Orders {

	private final OrderJpaRepository orders;

	JpaOrders(OrderJpaRepository orders) {
		this.orders = orders;
	}

	@Override
	public Optional<Order> find(OrderId id) {
		return this.orders.findWithItems(id.value()).map(JpaOrders::toOrder);
	}

	@Override
	@Transactional
	public Order save(Order order) {
		OrderJpaEntity entity = this.orders.findById(order.id().value()).orElse(null);
		if (entity == null) {
			entity = new OrderJpaEntity(order.id().value(), order.buyer().value(), order.seller().value());
		}
		else if (entity.getBuyerId() != order.buyer().value() || entity.getSellerId() != order.seller().value()) {
			throw new IllegalArgumentException("order " + order.id() + " belongs to other parties");
		}
		entity.update(order.placedAt().truncatedTo(ChronoUnit.MICROS), micros(order.shippedAt()),
				micros(order.deliveredAt()),
				order.items()
					.stream()
					.map((item) -> new LineItemEmbeddable(item.title(), item.quantity(), item.sku()))
					.toList());
		// Flushed at once: the JDBC adapters (threads) refer to orders in the same
		// transaction.
		return toOrder(this.orders.saveAndFlush(entity));
	}

	@Override
	public List<Order> page(AccountId party, Role role, @Nullable OrderId after, int limit) {
		Limit max = Limit.of(limit);
		boolean buyer = switch (role) {
			case BUYER -> true;
			case SELLER -> false;
			case ADMIN -> throw new IllegalArgumentException("admins have no orders");
		};
		OrderJpaEntity last = (after != null) ? this.orders.findById(after.value()).orElse(null) : null;
		List<OrderJpaEntity> page;
		if (last == null) {
			page = buyer ? this.orders.firstPageOfBuyer(party.value(), max)
					: this.orders.firstPageOfSeller(party.value(), max);
		}
		else {
			page = buyer ? this.orders.nextPageOfBuyer(party.value(), last.getPlacedAt(), last.getId(), max)
					: this.orders.nextPageOfSeller(party.value(), last.getPlacedAt(), last.getId(), max);
		}
		return page.stream().map(JpaOrders::toOrder).toList();
	}

	@Override
	public boolean existsBetween(AccountId buyer, AccountId seller) {
		return this.orders.existsByBuyerIdAndSellerId(buyer.value(), seller.value());
	}

	private static java.time.@Nullable Instant micros(java.time.@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

	private static Order toOrder(OrderJpaEntity entity) {
		return new Order(OrderId.of(entity.getId()), AccountId.of(entity.getBuyerId()),
				AccountId.of(entity.getSellerId()),
				entity.getItems()
					.stream()
					.map((item) -> new LineItem(item.getTitle(), item.getQuantity(), item.getSku()))
					.toList(),
				entity.getPlacedAt(), entity.getShippedAt(), entity.getDeliveredAt());
	}

}
