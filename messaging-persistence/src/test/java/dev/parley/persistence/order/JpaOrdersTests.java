package dev.parley.persistence.order;

import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Role;
import dev.parley.core.order.LineItem;
import dev.parley.core.order.Order;
import dev.parley.core.order.OrderId;
import dev.parley.core.order.Orders;
import dev.parley.persistence.Fixtures;
import dev.parley.persistence.PersistenceTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JpaOrdersTests {

	static final Instant T = Instant.parse("2026-03-01T10:00:00.123456789Z");

	@Autowired
	Fixtures fx;

	@Autowired
	Orders orders;

	@Test
	void theFeedCreatesAndUpdatesOrdersWithTheirLines() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		Order placed = new Order(OrderId.of("111-2223333-4445555"), buyer.id(), seller.id(),
				List.of(new LineItem("Desk", 1, "D-1"), new LineItem("Chair", 4, null)), T, null, null);
		this.orders.save(placed);
		Order delivered = new Order(placed.id(), buyer.id(), seller.id(), List.of(new LineItem("Desk", 2, "D-1")), T,
				T.plusSeconds(3600), T.plusSeconds(7200));

		Order saved = this.orders.save(delivered);

		Order found = this.orders.find(placed.id()).orElseThrow();
		assertThat(found).isEqualTo(saved);
		assertThat(found.items()).containsExactly(new LineItem("Desk", 2, "D-1"));
		assertThat(found.placedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
		assertThat(found.deliveredAt()).isNotNull();
		assertThat(this.orders.existsBetween(buyer.id(), seller.id())).isTrue();
		assertThat(this.orders.existsBetween(buyer.id(), this.fx.seller("Other").id())).isFalse();
		assertThatThrownBy(() -> this.orders
			.save(new Order(placed.id(), this.fx.buyer("Eve").id(), seller.id(), placed.items(), T, null, null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void pagesAreNewestFirstByKeyset() {
		Account seller = this.fx.seller("Shop");
		Account buyer = this.fx.buyer("Ben");
		for (int i = 0; i < 5; i++) {
			this.fx.order(buyer, seller, T.plusSeconds(i * 60L));
		}
		List<Order> first = this.orders.page(buyer.id(), Role.BUYER, null, 2);
		List<Order> second = this.orders.page(buyer.id(), Role.BUYER, first.get(1).id(), 2);
		List<Order> third = this.orders.page(buyer.id(), Role.BUYER, second.get(1).id(), 2);
		assertThat(first.get(0).placedAt()).isAfter(first.get(1).placedAt());
		assertThat(second.get(0).placedAt()).isBefore(first.get(1).placedAt());
		assertThat(third).hasSize(1);
		assertThat(this.orders.page(seller.id(), Role.SELLER, null, 10)).hasSize(5);
	}

}
