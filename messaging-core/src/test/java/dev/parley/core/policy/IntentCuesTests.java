package dev.parley.core.policy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Intent cues: concepts that meet in one sentence whatever the wording, order, inflection
 * or compound, with negations; and through the engine, asks no phrase names.
 */
class IntentCuesTests {

	private static final IntentCues CUES = IntentCues
		.of(List.of("promotional: zwei|2 & dritte|dritten & gratis|geschenkt|schenken",
				"review-manipulation/4: löschen|entfernen & *bewertung|bewertung & !<wir|haben",
				"off-platform: our & shop|website & cheaper|better & !*refunded", "promotional/3: code & %"));

	private static List<IntentCues.Hit> find(String text) {
		return CUES.find(NormalizedText.of(text));
	}

	@Test
	void conceptsMeetInAnyOrderAndNameTheirRuleAndSpan() {
		String text = "Wenn Sie zwei Tassen nehmen, schenken wir Ihnen die dritte.";
		List<IntentCues.Hit> hits = find(text);
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.kind()).isEqualTo(IntentCues.Kind.PROMOTIONAL);
			assertThat(text.substring(hit.start(), hit.end()))
				.isEqualTo("zwei Tassen nehmen, schenken wir Ihnen die dritte");
			assertThat(hit.cue()).startsWith("promotional:");
		});
	}

	@Test
	void compoundsAndUmlautsWrittenEitherWayMatch() {
		assertThat(find("Koennten Sie die Verkaeuferbewertung loeschen?")).extracting(IntentCues.Hit::kind)
			.containsExactly(IntentCues.Kind.REVIEW_MANIPULATION);
		assertThat(find("Könnten Sie die Verkäuferbewertung löschen?")).hasSize(1);
	}

	@Test
	void negationsAndWindowsAndSentencesKeepHonestTextOut() {
		// the seller is the one who deletes
		assertThat(find("Wir haben die Bewertung gelesen und löschen den Entwurf.")).isEmpty();
		// too far apart
		assertThat(find("Die Bewertung ist da, und morgen früh um neun können wir den alten Ordner löschen."))
			.isEmpty();
		// another sentence
		assertThat(find("Two mugs are in the box. The third one ships free of charge.")).isEmpty();
		// a refund anywhere in the sentence
		assertThat(find("Our shop price was better, so we refunded the difference.")).isEmpty();
		assertThat(find("Our shop is cheaper.")).hasSize(1);
	}

	@Test
	void codeShapedWordsAreNotErrorCodes() {
		assertThat(find("Use code SAVE20 today.")).hasSize(1);
		assertThat(find("Error code E4 means the filter is full.")).isEmpty();
	}

	@Test
	void malformedCuesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> IntentCues.of(List.of("no colon here")));
		assertThatIllegalArgumentException().isThrownBy(() -> IntentCues.of(List.of("nonsense: a & b")));
		assertThatIllegalArgumentException().isThrownBy(() -> IntentCues.of(List.of("promotional: ab* & c")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Our autumn range has just landed, have a look before it sells out.",
			"Unsere Herbstkollektion ist gerade eingetroffen, schauen Sie vorbei.",
			"Pour deux tasses achetées, la troisième vous est offerte.",
			"Por solo 9,99 € más le ampliamos la garantía a tres años." })
	void shippedLexiconsCatchPromotionInOtherWords(String sentence) {
		assertThat(Drafts.seller().html("<p>" + sentence + "</p>").check().violations()).extracting(Violation::rule)
			.contains(RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Would you consider taking down the one-star rating now that it's fixed?",
			"Das Ersatzteil schicken wir los, sobald die negative Bewertung gelöscht ist.",
			"Nous vous envoyons la pièce dès que l'avis négatif aura été supprimé.",
			"Le mandamos el repuesto en cuanto haya borrado la opinión negativa." })
	void shippedLexiconsCatchReviewTradesInOtherWords(String sentence) {
		assertThat(Drafts.seller().html("<p>" + sentence + "</p>").check().violations()).extracting(Violation::rule)
			.contains(RuleId.REVIEW_MANIPULATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thanks for your feedback, we will change the packaging.",
			"Si cambia de opinión sobre el color, avísenos antes del viernes.",
			"Si vous changez d'avis pour la couleur, prévenez-nous avant vendredi.",
			"Wir haben die Artikelbeschreibung nach Ihrem Feedback geändert.",
			"The 15 % discount you were promised has been refunded as a partial refund of 6.30." })
	void honestLookAlikesPass(String sentence) {
		assertThat(Drafts.seller().html("<p>" + sentence + "</p>").check().violations()).isEmpty();
	}

	@Test
	void aWordInMoreGroupsThanTheBufferHoldsLosesNone() {
		// "alpha" is in 40 cues: each must still be met (the codes of one word once
		// stopped at 32)
		List<String> entries = new java.util.ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			entries.add("promotional: alpha & beta" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
		}
		IntentCues many = IntentCues.of(entries);
		List<IntentCues.Hit> hits = many.find(NormalizedText.of("Alpha, then betabo."));
		assertThat(hits).singleElement().satisfies((hit) -> assertThat(hit.cue()).endsWith("betabo"));
	}

	@Test
	void compoundPartsAreFoundInsideWordsWhetherOrNotTheyNeedFolding() {
		IntentCues parts = IntentCues
			.of(List.of("review-manipulation: *bewertung & loschen|löschen", "promotional: *kollektion* & neu*"));
		assertThat(parts.find(NormalizedText.of("Bitte die Verkäuferbewertung löschen")))
			.extracting(IntentCues.Hit::kind)
			.containsExactly(IntentCues.Kind.REVIEW_MANIPULATION);
		assertThat(parts.find(NormalizedText.of("Bitte die Verkaeuferbewertung loeschen"))).hasSize(1);
		// a compound end only at the end; a part only inside, not at the start
		assertThat(parts.find(NormalizedText.of("Die Bewertungsseite löschen"))).isEmpty();
		assertThat(parts.find(NormalizedText.of("Unsere neue Herbstkollektionen"))).hasSize(1);
		assertThat(parts.find(NormalizedText.of("Unsere neue Kollektion"))).isEmpty();
	}

}
