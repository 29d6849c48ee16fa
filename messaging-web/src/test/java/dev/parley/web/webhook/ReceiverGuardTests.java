package dev.parley.web.webhook;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiverGuardTests {

	private final ReceiverGuard guard = new ReceiverGuard(false, false);

	private final ReceiverGuard permissive = new ReceiverGuard(true, true);

	@ParameterizedTest
	@CsvSource({ "https://127.0.0.1/h, WEBHOOK_URL_PRIVATE", "https://127.8.9.1/h, WEBHOOK_URL_PRIVATE",
			"https://[::1]/h, WEBHOOK_URL_PRIVATE", "https://10.0.0.1/h, WEBHOOK_URL_PRIVATE",
			"https://172.16.5.4/h, WEBHOOK_URL_PRIVATE", "https://192.168.1.1/h, WEBHOOK_URL_PRIVATE",
			"https://169.254.169.254/h, WEBHOOK_URL_PRIVATE", "https://[fe80::1]/h, WEBHOOK_URL_PRIVATE",
			"https://[fc00::5]/h, WEBHOOK_URL_PRIVATE", "https://100.64.0.1/h, WEBHOOK_URL_PRIVATE",
			"https://0.0.0.0/h, WEBHOOK_URL_PRIVATE", "https://[::ffff:127.0.0.1]/h, WEBHOOK_URL_PRIVATE",
			"https://224.0.0.1/h, WEBHOOK_URL_PRIVATE", "http://93.184.215.14/h, WEBHOOK_URL_INSECURE",
			"ftp://93.184.215.14/h, WEBHOOK_URL_INVALID", "https://user:pw@93.184.215.14/h, WEBHOOK_URL_INVALID",
			"/relative, WEBHOOK_URL_INVALID" })
	void refuses(String url, String code) {
		assertThat(this.guard.refusal(URI.create(url))).contains(code);
	}

	@ParameterizedTest
	@CsvSource({ "https://93.184.215.14/hooks", "https://[2606:4700::1111]/hooks" })
	void allowsPublicHttpsReceivers(String url) {
		assertThat(this.guard.refusal(URI.create(url))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "http://127.0.0.1:8080/hooks", "https://[::1]/hooks" })
	void aDeploymentMayAllowLoopback(String url) {
		assertThat(this.permissive.refusal(URI.create(url))).isEmpty();
	}

}
