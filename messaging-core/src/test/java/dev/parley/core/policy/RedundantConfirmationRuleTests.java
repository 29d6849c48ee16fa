package dev.parley.core.policy;

import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code REDUNDANT_CONFIRMATION}: a proactive message that only confirms the order or the
 * shipment is flagged; its span is the whole text.
 */
class RedundantConfirmationRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Your order has shipped.",
			"Hi Ben, your order 123-4567890-1234567 has been dispatched. Tracking number: 1Z999AA10123456784. Thanks!",
			"We have shipped your package. It should arrive by Friday.",
			"<p>Hello,</p><p>Your order is on its way!</p><p>Best regards</p>" })
	void flagsConfirmationsOnly(String body) {
		Decision decision = Drafts.proactive(Action.UNEXPECTED_PROBLEM).html(body).check();
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.REDUNDANT_CONFIRMATION)
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.start()).isZero();
				assertThat(violation.end()).isEqualTo(decision.text().length());
				assertThat(violation.outcome()).isEqualTo(Outcome.FLAG);
			});
		assertThat(decision.verdict()).isEqualTo(Verdict.FLAG);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Your order has shipped, but one item is back-ordered until June; we will refund it today.",
					"Your package was sent to the old address you gave. Please confirm the new apartment number." })
	void passesConfirmationsWithNews(String body) {
		Drafts.assertNotCaught(Drafts.proactive(Action.UNEXPECTED_PROBLEM).html(body).check(),
				RuleId.REDUNDANT_CONFIRMATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Según el seguimiento, su paquete se entregó sin problemas el martes por la mañana.",
			"D'après nos informations, votre colis a été livré aujourd'hui contre signature.",
			"Ihr Paket wurde heute ohne Probleme zugestellt.", "Your parcel was delivered and signed for this morning.",
			"Your parcel was delivered without any problems on Tuesday." })
	void aDeliveryWithoutTroubleOrWithASignatureIsOnlyAConfirmation(String body) {
		assertThat(Drafts.proactive(Action.UNEXPECTED_PROBLEM).html(body).check().violations())
			.anyMatch((v) -> v.rule() == RuleId.REDUNDANT_CONFIRMATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Su paquete se entregó sin problemas, pero falta el cable: se lo enviamos mañana.",
			"Votre colis sera livré contre signature : pourriez-vous être présent jeudi ?",
			"Your parcel was delivered without any problems, but the lid is missing; a new one is on its way." })
	void aProblemOrAnAskBesideItIsNews(String body) {
		Drafts.assertNotCaught(Drafts.proactive(Action.UNEXPECTED_PROBLEM).html(body).check(),
				RuleId.REDUNDANT_CONFIRMATION);
	}

	@Test
	void repliesMayConfirm() {
		Drafts.assertNotCaught(Drafts.seller().html("Your order has shipped.").check(), RuleId.REDUNDANT_CONFIRMATION);
	}

}
