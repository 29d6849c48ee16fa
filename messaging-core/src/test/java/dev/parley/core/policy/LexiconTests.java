package dev.parley.core.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LexiconTests {

	@Test
	void everyShippedPhraseCompiles() {
		List<String> errors = new ArrayList<>();
		List<String> languages = new ArrayList<>(PolicySettings.Words.DEFAULT_LANGUAGES);
		languages.add("common");
		for (String language : languages) {
			Lexicon lexicon = Lexicon.load(language);
			assertThat(lexicon).as(language).isNotNull();
			for (Lexicon.Section section : Lexicon.Section.values()) {
				if (!section.phrases()) {
					continue;
				}
				for (String entry : lexicon.list(section)) {
					Map<PhraseIndex.Category, List<String>> one = new EnumMap<>(PhraseIndex.Category.class);
					one.put(PhraseIndex.Category.OFF_PLATFORM, List.of(entry));
					try {
						new PhraseIndex(one);
					}
					catch (IllegalArgumentException ex) {
						errors.add(language + " " + section + ": " + ex.getMessage());
					}
				}
			}
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void filesHaveMacrosLeadingAlternativesAndExclusions() throws IOException {
		Lexicon lexicon = Lexicon.parse("xx", new BufferedReader(new StringReader("""
				# a comment
				$THING = (?:review|rating)
				[review-manipulation]
				{leave|write} a ${THING}
				![ée]crire a review
				[possessives]
				my
				""")));
		assertThat(lexicon.list(Lexicon.Section.REVIEW_MANIPULATION)).containsExactly("leave a (?:review|rating)",
				"write a (?:review|rating)", "!écrire a review", "!ecrire a review");
		assertThat(lexicon.list(Lexicon.Section.POSSESSIVES)).containsExactly("my");
		assertThat(lexicon.list(Lexicon.Section.OFF_PLATFORM)).isEmpty();
	}

	@Test
	void refusesUnknownSectionsAndMacros() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lexicon.parse("xx", new BufferedReader(new StringReader("[nonsense]\nword\n"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lexicon.parse("xx", new BufferedReader(new StringReader("[filler]\n${NOPE}\n"))));
	}

	@Test
	void configurationReplacesAListAndAddsALanguage() {
		PolicySettings.Words words = PolicySettings.Words.of(List.of("en"),
				Map.of("en", Map.of(Lexicon.Section.THANKS, List.of("cheers mate")), "it",
						Map.of(Lexicon.Section.OFF_PLATFORM, List.of("scrivici su"))));
		assertThat(words.lexicon("en").list(Lexicon.Section.THANKS)).containsExactly("cheers mate");
		assertThat(words.all(Lexicon.Section.OFF_PLATFORM)).contains("scrivici su", "telegram");
		assertThat(words.lexicon("es")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> PolicySettings.Words.of(List.of("xx"), Map.of()));
	}

}
