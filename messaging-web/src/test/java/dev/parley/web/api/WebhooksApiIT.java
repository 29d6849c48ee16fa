package dev.parley.web.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering webhook endpoints with the deployment's defaults: receivers on the
 * deployment's own networks (SSRF) and plain http are refused; only sellers have
 * endpoints, and only their own.
 */
class WebhooksApiIT extends ApiTestSupport {

	@Test
	void receiversOnLoopbackPrivateOrLinkLocalAddressesAreRefused() {
		Party seller = seller();
		for (String url : List.of("https://127.0.0.1/hooks", "https://localhost:8443/hooks", "https://[::1]/hooks",
				"https://10.1.2.3/hooks", "https://192.168.0.10/hooks", "https://169.254.169.254/latest/meta-data",
				"https://0.0.0.0/hooks", "https://[fd00::1]/hooks")) {
			Response refused = post(seller, API + "/webhooks",
					Map.of("url", url, "eventTypes", List.of("message.received")));
			assertThat(refused.status()).as(url + ": " + refused).isEqualTo(400);
			assertThat(refused.body().get("code").asString()).as(url).isEqualTo("WEBHOOK_URL_PRIVATE");
		}
		Response insecure = post(seller, API + "/webhooks",
				Map.of("url", "http://93.184.215.14/hooks", "eventTypes", List.of("message.received")));
		assertThat(insecure.body().get("code").asString()).isEqualTo("WEBHOOK_URL_INSECURE");
		assertThat(get(seller, API + "/webhooks").body()).isEmpty();
	}

	@Test
	void aPublicHttpsReceiverIsAcceptedAndTheEndpointIsTheOwnersOnly() {
		Party seller = seller();
		Response created = post(seller, API + "/webhooks", Map.of("url", "https://93.184.215.14/hooks", "eventTypes",
				List.of("message.received", "thread.overdue")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.body().get("endpointId").asLong();
		assertThat(created.body().get("eventTypes")).hasSize(2);

		assertThat(get(seller(), API + "/webhooks/" + id).status()).isEqualTo(404);
		assertThat(get(buyer(), API + "/webhooks").status()).isEqualTo(403);
		Response unknown = post(seller, API + "/webhooks",
				Map.of("url", "https://93.184.215.14/hooks", "eventTypes", List.of("message.deleted")));
		assertThat(unknown.body().get("code").asString()).isEqualTo("WEBHOOK_EVENT_UNKNOWN");
		assertThat(delete(seller, API + "/webhooks/" + id).status()).isEqualTo(204);
		assertThat(get(seller, API + "/webhooks/" + id).status()).isEqualTo(404);
	}

}
