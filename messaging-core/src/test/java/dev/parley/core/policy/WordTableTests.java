package dev.parley.core.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words looked up where they stand in a text: the same answers as a map of substrings,
 * whatever the hashes do (equal hashes, a hash of 0, the filter's false positives).
 */
class WordTableTests {

	@Test
	void answersAsAMapOfSubstringsDoes() {
		Random random = new Random(12);
		Map<String, Integer> words = new HashMap<>();
		for (int i = 0; i < 3000; i++) {
			words.put(word(random), i);
		}
		// equal hashes ("Aa" and "BB"), the empty word (hash 0)
		words.put("Aa", -1);
		words.put("BB", -2);
		words.put("", -3);
		WordTable<Integer> table = WordTable.of(words);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 20000; i++) {
			String word = (i % 3 == 0) ? words.keySet().stream().skip(random.nextInt(words.size())).findFirst().get()
					: word(random);
			int from = text.length();
			text.append(word);
			String value = text.toString();
			assertThat(table.get(value, from, value.length())).as(word).isEqualTo(words.get(word));
			text.append(' ');
		}
		assertThat(table.get("xAay", 1, 3)).isEqualTo(-1);
		assertThat(table.get("xBBy", 1, 3)).isEqualTo(-2);
		assertThat(table.get("x", 1, 1)).isEqualTo(-3);
		assertThat(table.get("Ab", 0, 2)).isNull();
	}

	@Test
	void aTokensHashIsTheHashOfItsText() {
		NormalizedText text = NormalizedText.of("Schöne Grüße, señor 555-0104 ＷhatsApp");
		for (int token = 0; token < text.tokenCount(); token++) {
			assertThat(text.tokenHash(token))
				.isEqualTo(text.value().substring(text.tokenStart(token), text.tokenEnd(token)).hashCode());
		}
	}

	private static String word(Random random) {
		int length = 1 + random.nextInt(9);
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

}
