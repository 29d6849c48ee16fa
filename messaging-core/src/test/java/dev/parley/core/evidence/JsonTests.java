package dev.parley.core.evidence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonTests {

	@Test
	void readsObjectsArraysStringsNumbersAndLiteralsInDocumentOrder() {
		Object value = Json
			.parse(" {\"b\": [1, -2.5e3, true, false, null], \"a\": \"x\\u00e9\\n\\\"\\ud83d\\ude00\"} ");
		assertThat(value).isInstanceOf(Map.class);
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) value;
		assertThat(map.keySet()).containsExactly("b", "a");
		@SuppressWarnings("unchecked")
		List<Object> list = (List<Object>) map.get("b");
		assertThat(list).containsExactlyElementsOf(
				Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), Boolean.TRUE, Boolean.FALSE, null));
		assertThat(map.get("a")).isEqualTo("xé\n\"😀");
	}

	@Test
	void refusesWhatIsNotStrictJsonNamingTheOffset() {
		for (String text : List.of("", "{", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "{\"a\":1,\"a\":2}", "01", "\"a\nb\"",
				"tru", "[1] x", "{'a':1}", "\"\\x\"")) {
			assertThatIllegalArgumentException().as(text)
				.isThrownBy(() -> Json.parse(text))
				.withMessageContaining("not JSON at character");
		}
	}

}
