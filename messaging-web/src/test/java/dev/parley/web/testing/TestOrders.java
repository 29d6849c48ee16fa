package dev.parley.web.testing;

import java.util.concurrent.ThreadLocalRandom;

import dev.parley.core.order.OrderId;

/** Order ids for tests: random, in the marketplace's 3-7-7 digit form. */
public final class TestOrders {

	private TestOrders() {
	}

	public static OrderId newOrderId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return OrderId.of(String.format("%03d-%07d-%07d", random.nextInt(1000), random.nextInt(10_000_000),
				random.nextInt(10_000_000)));
	}

}
