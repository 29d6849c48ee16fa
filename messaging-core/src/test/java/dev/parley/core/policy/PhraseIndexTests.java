package dev.parley.core.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrase index runs a phrase's regular expression only where its first word stands
 * and where the tests before it (the second word's first letters, the character after the
 * first word, a later word that some token must start with) let it: those tests must
 * never drop a match. Held to the slow reference on every message of the tuning corpus,
 * with the lexicons as shipped.
 */
class PhraseIndexTests {

	private static final PolicySettings.Words WORDS = PolicySettings.defaults().words();

	private static final Comparator<PhraseIndex.Hit> ORDER = Comparator.comparingInt(PhraseIndex.Hit::start)
		.thenComparingInt(PhraseIndex.Hit::end)
		.thenComparing(PhraseIndex.Hit::category);

	@Test
	void theIndexFindsWhatEveryPhraseTriedEverywhereFinds() throws IOException {
		List<PhraseIndex> indexes = List.of(PhraseIndex.of(WORDS, PhraseIndex.ALWAYS),
				PhraseIndex.of(WORDS, PhraseIndex.GIST),
				PhraseIndex.of(WORDS, java.util.EnumSet.of(PhraseIndex.Category.REVIEW_ASK)));
		List<String> texts = tuningTexts();
		assertThat(texts).hasSizeGreaterThan(1500);
		int hits = 0;
		for (String text : texts) {
			NormalizedText normalized = NormalizedText.of(text);
			for (PhraseIndex index : indexes) {
				List<PhraseIndex.Hit> expected = sorted(index.findEverywhere(normalized));
				assertThat(sorted(index.find(normalized))).as(text).isEqualTo(expected);
				hits += expected.size();
			}
		}
		// the corpus is full of phrases: a comparison of empty lists would prove nothing
		assertThat(hits).isGreaterThan(1000);
	}

	@Test
	void aLaterWordIsRequiredOnlyWhenEveryMatchHasIt() {
		assertThat(PhraseIndex.requiredWord("the (?:\\S++ ){0,3}(?:marketplace|platform) vouchers?")).isEqualTo("vou");
		assertThat(PhraseIndex.requiredWord("you're receiving this (?:\\S++ ){0,2}because")).isEqualTo("rec");
		// optional, in a group, in an alternative, under a quantifier: not required
		assertThat(PhraseIndex.requiredWord("whats ?app")).isNull();
		assertThat(PhraseIndex.requiredWord("with (?:the )?code [a-z]*\\d")).isNull();
		assertThat(PhraseIndex.requiredWord("use (?:our|the) coupon")).isEqualTo("cou");
		assertThat(PhraseIndex.requiredWord("buy gre?at")).isNull();
		assertThat(PhraseIndex.requiredWord("order [a-z ]+ today")).isEqualTo("tod");
		assertThat(PhraseIndex.requiredWord("visit our (?:new )?web shop")).isEqualTo("sho");
	}

	@Test
	void theSecondWordsLettersAreReadUpToTheFirstOptionalOne() {
		assertThat(PhraseIndex.nextWordPrefixes("the team", 3)).containsExactly("tea");
		assertThat(PhraseIndex.nextWordPrefixes("your (?:order|parcel)s?", 4)).containsExactly("ord", "par");
		assertThat(PhraseIndex.nextWordPrefixes("call me?", 4)).containsExactly("m");
		assertThat(PhraseIndex.nextWordPrefixes("call colou?r", 4)).containsExactly("col");
		assertThat(PhraseIndex.nextWordPrefixes("call (?:us|me)? now", 4)).isNull();
		assertThat(PhraseIndex.nextWordPrefixes("call \\S+ now", 4)).isNull();
		assertThat(PhraseIndex.nextWordPrefixes("call ?me", 4)).isNull();
	}

	@Test
	void lookAlikeLettersInTheRequiredWordStillMatch() {
		Map<PhraseIndex.Category, List<String>> lists = new EnumMap<>(PhraseIndex.Category.class);
		lists.put(PhraseIndex.Category.OFF_PLATFORM, List.of("order (?:\\S++ ){0,3}from our web ?shop"));
		PhraseIndex index = new PhraseIndex(lists);
		// Cyrillic о and е, a full-width w: the normalized text is what both read
		for (String text : List.of("Order it from our webshop", "order it today from our wеb shоp",
				"ORDER them from our ｗebshop")) {
			NormalizedText normalized = NormalizedText.of(text);
			assertThat(index.find(normalized)).as(text).hasSize(1).isEqualTo(index.findEverywhere(normalized));
		}
		assertThat(index.find(NormalizedText.of("order it from our website"))).isEmpty();
	}

	@Test
	void theDecimalsOfANumberStartNoPhrase() {
		Map<PhraseIndex.Category, List<String>> lists = new EnumMap<>(PhraseIndex.Category.class);
		lists.put(PhraseIndex.Category.REVIEW_MANIPULATION, List.of("5 (?:stars|estrellas|étoiles)"));
		PhraseIndex index = new PhraseIndex(lists);
		assertThat(index.find(NormalizedText.of("Give us 5 stars"))).hasSize(1);
		assertThat(index.find(NormalizedText.of("5 étoiles, s'il vous plaît"))).hasSize(1);
		for (String average : List.of("Las 4,5 estrellas son la media", "the 4.5 stars are an average")) {
			NormalizedText normalized = NormalizedText.of(average);
			assertThat(index.find(normalized)).as(average).isEmpty();
			assertThat(index.findEverywhere(normalized)).as(average).isEmpty();
		}
	}

	private static List<PhraseIndex.Hit> sorted(List<PhraseIndex.Hit> hits) {
		List<PhraseIndex.Hit> copy = new ArrayList<>(hits);
		copy.sort(ORDER);
		return copy;
	}

	/** Subjects and bodies (their text, and the raw HTML too) of the tuning set. */
	private static List<String> tuningTexts() throws IOException {
		List<String> texts = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(PolicyEvaluation.set("tuning"))) {
			files = listing.filter((file) -> file.toString().endsWith(".jsonl")).sorted().toList();
		}
		for (Path file : files) {
			for (Map<?, ?> record : TestCorpora.jsonLines(file)) {
				texts.add(String.valueOf(record.get("subject")));
				String body = String.valueOf(record.get("body"));
				texts.add(Jsoup.parse(body).text());
				if (body.indexOf('<') >= 0) {
					texts.add(body);
				}
			}
		}
		return texts;
	}

}
