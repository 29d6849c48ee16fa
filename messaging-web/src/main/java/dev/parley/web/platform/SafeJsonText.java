package dev.parley.web.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text in a JSON body goes through {@link InputText}: a refused value fails the
 * reading of the body (a 400 problem naming the field), never a value that fails in the
 * database. Applies to every JSON request the application reads.
 */
@Configuration(proxyBeanMethods = false)
class SafeJsonText {

	@Bean
	JacksonModule safeJsonTextModule() {
		return new SimpleModule("parley-safe-text").addDeserializer(String.class, new Deserializer());
	}

	static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			String problem = (value != null) ? InputText.problem(value) : null;
			if (problem != null) {
				return context.reportInputMismatch(this, "The value has " + problem);
			}
			return value;
		}

	}

}
