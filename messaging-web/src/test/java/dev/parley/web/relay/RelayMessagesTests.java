package dev.parley.web.relay;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's bundle and its Spanish translation define the same keys, and the bounce
 * texts exist for every reason the relay gives.
 */
class RelayMessagesTests {

	@Test
	void bundlesAreInSync() throws IOException {
		Properties english = load("/messages-relay.properties");
		Properties spanish = load("/messages-relay_es.properties");
		assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).contains("relay.bounce.rule.RELAY_SENDER",
				"relay.bounce.rule.RELAY_NO_CONVERSATION", "relay.bounce.rule.RELAY_UNREADABLE",
				"relay.bounce.rule.RELAY_REFUSED");
		for (String key : english.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as(key).doesNotContain("'");
			assertThat(spanish.getProperty(key)).as(key).doesNotContain("'").isNotBlank();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = RelayMessagesTests.class.getResourceAsStream(name)) {
			assertThat(input).as(name).isNotNull();
			properties.load(new java.io.InputStreamReader(input, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
