package dev.parley.persistence.order;

import dev.parley.persistence.database.Sql;

import java.time.Instant;

import java.util.Objects;

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
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	JpaOrders(OrderJpaRepository orders, JdbcClient jdbc) {
		this.orders = orders;
		this.jdbc = jdbc;
	}

	/**
	 * One order with its lines in one statement: every send reads its order, and a JPA
	 * query with a fetch graph was translated anew on each call.
	 */
	@Override
	public Optional<Order> find(OrderId id) {
		List<Object[]> rows = this.jdbc.sql("""
				SELECT o.buyer_id, o.seller_id, o.placed_at, o.shipped_at, o.delivered_at, i.title, i.quantity, i.sku
				FROM orders o LEFT JOIN order_line_item i ON i.order_id = o.id
				WHERE o.id = ? ORDER BY i.position
				""")
			.param(id.value())
			.query((rs, n) -> new Object[] { rs.getLong("buyer_id"), rs.getLong("seller_id"),
					Sql.instant(rs, "placed_at"), Sql.nullableInstant(rs, "shipped_at"),
					Sql.nullableInstant(rs, "delivered_at"),
					(rs.getString("title") != null)
							? new LineItem(rs.getString("title"), rs.getInt("quantity"), rs.getString("sku")) : null })
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] first = rows.get(0);
		List<LineItem> items = rows.stream().map((row) -> (LineItem) row[5]).filter(Objects::nonNull).toList();
		return Optional.of(new Order(id, AccountId.of((Long) first[0]), AccountId.of((Long) first[1]), items,
				(Instant) first[2], (Instant) first[3], (Instant) first[4]));
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
