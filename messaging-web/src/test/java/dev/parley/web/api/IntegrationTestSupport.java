package dev.parley.web.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Full-stack tests of the integrations (contract, changes feed, webhooks): one context in
 * which webhook receivers may be on loopback over http (the test receivers are), retries
 * are quick, the failure run that disables an endpoint is long, and rate limits do not
 * get in the way of thousands of sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "parley.webhooks.allow-private-receivers=true", "parley.webhooks.allow-http=true",
		"parley.webhooks.poll-interval=20ms", "parley.webhooks.retry-initial=500ms", "parley.webhooks.retry-max=2s",
		"parley.webhooks.timeout=5s", "parley.webhooks.lease=30s", "parley.webhooks.disable-after=1000",
		"parley.api.rate-limit.capacity=1000000" })
abstract class IntegrationTestSupport extends ApiTestSupport {

	Map<String, Object> endpoint(String url, String... types) {
		return Map.of("url", url, "eventTypes", List.of(types), "description", "test");
	}

}
