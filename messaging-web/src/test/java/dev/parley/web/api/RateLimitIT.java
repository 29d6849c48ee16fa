package dev.parley.web.api;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token over its rate limit gets 429 with Retry-After; other tokens are not affected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.api.rate-limit.capacity=3", "parley.api.rate-limit.period=1h" })
class RateLimitIT extends ApiTestSupport {

	@Test
	void theFourthRequestWithinTheWindowIsRefusedWithRetryAfter() {
		Party buyer = buyer();
		Party other = buyer();
		for (int i = 0; i < 3; i++) {
			assertThat(get(buyer, API + "/orders").status()).isEqualTo(200);
		}

		Response limited = get(buyer, API + "/orders");

		assertThat(limited.status()).isEqualTo(429);
		assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
		assertThat(limited.body().get("code").asString()).isEqualTo("RATE_LIMITED");
		assertThat(get(other, API + "/orders").status()).isEqualTo(200);
	}

}
