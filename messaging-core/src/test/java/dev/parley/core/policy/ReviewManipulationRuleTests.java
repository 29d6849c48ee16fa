package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code REVIEW_MANIPULATION}: asks for reviews or feedback, positive or changed reviews,
 * and incentives; the message points to the review request action.
 */
class ReviewManipulationRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Please ⟦leave us a positive review⟧.", "⟦Leave feedback⟧ if you are happy.",
			"⟦Could you change your review⟧?", "We will send a ⟦refund for a 5-star review⟧.",
			"⟦Remove the negative review⟧ and we will talk.", "⟦5-star reviews help small⟧ shops.",
			"⟦Déjanos una reseña⟧, por favor.", "An ⟦in exchange for an honest review⟧ deal.",
			"⟦If you leave a review⟧ we send a gift.", "⟦How many stars⟧ would you give?",
			"⟦Write us a review⟧ on the product page." })
	void catchesAsksForReviews(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.REVIEW_MANIPULATION, body);
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.REVIEW_MANIPULATION)
			.allSatisfy((v) -> assertThat(v.messageKey()).isEqualTo("policy.REVIEW_MANIPULATION"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Please review the attached invoice.", "We reviewed your return request.",
			"Thanks for the feedback about the zipper.", "The product has good reviews on its page.",
			"Your rating of the delivery options is saved." })
	void passesOrdinaryUses(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.REVIEW_MANIPULATION);
	}

	@Test
	void buyersMayTalkAboutReviews() {
		Drafts.assertNotCaught(Drafts.buyer().html("I will leave a review once it arrives.").check(),
				RuleId.REVIEW_MANIPULATION);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"To edit your review, go to Your Orders and choose Edit review. It's up to you; we can't see or change it from our side.",
			"Bewertungen kann nur derjenige ändern, der sie geschrieben hat, wir als Verkäufer haben darauf keinen Zugriff.",
			"Les avis sont vérifiés par la plateforme avant d'être publiés ; nous n'intervenons pas dans ce processus." })
	void anExplanationThatTheSellerHasNoSayIsNotAnAsk(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.REVIEW_MANIPULATION);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"We can't see or change reviews ourselves. We would refund you in full if you remove the negative review.",
			"Please leave us a five-star review. We can't see or change reviews from our side, of course.",
			"We can't see or change it from our side, but the order is fine. Could you change your review?" })
	void aDisclaimerExcusesNoAskElsewhere(String body) {
		assertThat(Drafts.seller().html(body).check().violations())
			.anyMatch((v) -> v.rule() == RuleId.REVIEW_MANIPULATION);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Since it's your son who wears them every day, it'd be better if he was the one to rate them rather than you.",
			"Lassen Sie doch lieber ihn die Sterne vergeben, Sie hatten ja vor allem den Ärger mit der Lieferung.",
			"Ce serait mieux que ce soit elle qui mette les étoiles plutôt que vous.",
			"We've refunded the original in full, so would you mind taking down the photo of the cracked one?",
			"Le reembolsamos 100 pesos en cuanto veamos que ya dejó su calificación del producto.",
			"Als Wiedergutmachung überweisen wir Ihnen fünf Euro zurück, sobald Ihr Kommentar zum Artikel online ist.",
			"On vous rembourse les frais de port dès que vous aurez noté l'article, peu importe la note.",
			"En échange, est-ce que vous accepteriez de passer votre note à 5 ?",
			"¿Te importaría quitar la estrellita que nos pusiste?" })
	void whoRatesConditionalRefundsAndTakenDownPhotosAreAsks(String body) {
		assertThat(Drafts.seller().html(body).check().violations())
			.anyMatch((v) -> v.rule() == RuleId.REVIEW_MANIPULATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ihre Bewertung der Lieferung geben wir an DHL weiter, dort wird der Fall geprüft.",
			"Before hanging the new frame, take down the old picture and fill the nail hole.",
			"Nous vous remboursons dès réception du colis retourné.",
			"Nous ne pouvons ni supprimer ni modifier les commentaires des clients : seul leur auteur peut le faire." })
	void passesLookAlikes(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.REVIEW_MANIPULATION);
	}

}
