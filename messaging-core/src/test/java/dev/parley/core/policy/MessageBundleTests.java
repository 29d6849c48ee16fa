package dev.parley.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explanations: English and Spanish bundles have the same keys, every rule and note
 * has one, and every message is a valid {@link MessageFormat} pattern.
 */
class MessageBundleTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = MessageBundleTests.class.getResourceAsStream(name)) {
			assertThat(input).as(name).isNotNull();
			properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void englishAndSpanishHaveTheSameKeys() throws IOException {
		Set<Object> english = new TreeSet<>(load("messages.properties").keySet());
		Set<Object> spanish = new TreeSet<>(load("messages_es.properties").keySet());
		assertThat(spanish).isEqualTo(english);
	}

	@Test
	void everyRuleAndNoteHasAnExplanation() throws IOException {
		Properties english = load("messages.properties");
		for (RuleId rule : RuleId.values()) {
			assertThat(english).containsKey("policy." + rule.name());
		}
		for (HtmlSanitizer.NoteKind kind : HtmlSanitizer.NoteKind.values()) {
			assertThat(english).containsKey("policy.note." + kind.name());
		}
	}

	@Test
	void everyMessageIsAValidPatternWithoutStrayQuotes() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String message = properties.getProperty(key);
				assertThat(message).as("%s in %s", key, bundle).isNotBlank().doesNotContain("'");
				String formatted = new MessageFormat(message).format(new Object[] { "a", "b", "c" });
				assertThat(formatted).as("%s in %s", key, bundle).doesNotContain("{");
			}
		}
	}

	@Test
	void keysTheEngineEmitsExist() throws IOException {
		Properties english = load("messages.properties");
		MessageKeys keys = new MessageKeys();
		for (RuleId rule : RuleId.values()) {
			for (Outcome outcome : new Outcome[] { Outcome.BLOCK, Outcome.REDACT, Outcome.FLAG }) {
				for (String variant : new String[] { "", "subject", "link", "weak", "scheme", "html", "empty",
						"mismatch", "extension", "action", "preSale", "role", "tooEarly", "tooLate", "notDelivered",
						"reviewRequest" }) {
					assertThat(english).containsKey(keys.key(rule, variant, outcome));
				}
			}
		}
	}

}
