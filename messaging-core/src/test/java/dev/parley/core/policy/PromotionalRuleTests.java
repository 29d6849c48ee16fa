package dev.parley.core.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PROMOTIONAL}: strong promotion is refused, weak promotion flagged (sellers);
 * buyers are not concerned.
 */
class PromotionalRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "⟦Use coupon code SAVE10⟧ at checkout.", "Get ⟦20% off your next order⟧.",
			"A ⟦promo code⟧ inside.", "Here is a ⟦discount code⟧ for you.", "⟦Buy one get one free⟧!",
			"⟦Flash sale⟧ today only.", "⟦Save 15%⟧ now.", "Un ⟦cupón⟧ de bienvenida.",
			"⟦Limited-time offer⟧ on straps.", "⟦Up to 50%⟧ on accessories." })
	void blocksStrongPromotion(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.PROMOTIONAL, body);
		assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "⟦Check out our other products⟧!", "⟦See our new arrivals⟧.",
			"⟦You may also like⟧ the rain cover.", "⟦We also sell⟧ matching straps.", "Join our ⟦newsletter⟧." })
	void flagsWeakPromotion(String body) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(body)).check();
		Drafts.assertCaught(decision, RuleId.PROMOTIONAL, body);
		assertThat(decision.verdict()).isEqualTo(Verdict.FLAG);
		assertThat(decision.violations()).filteredOn((v) -> v.rule() == RuleId.PROMOTIONAL)
			.allSatisfy((v) -> assertThat(v.messageKey()).isEqualTo("policy.PROMOTIONAL.weak.flagged"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "The item is on its way.", "Your refund of 20% was processed.",
			"The discount was applied at checkout.", "Code of conduct applies.", "Sales tax is included.",
			"The offer you accepted is in the order." })
	void passesOrderTalk(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.PROMOTIONAL);
	}

	@Test
	void buyersMayAskAboutCoupons() {
		Drafts.assertNotCaught(Drafts.buyer().html("Is there a coupon for a second one?").check(), RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Each lamp was $32 less the 15% launch discount you had, so $27.20, and that's what we've refunded.",
			"Cada unidad costaba 28 € con un 25 % de descuento, o sea 21 €; eso es lo que le devolvemos.",
			"L'article était à 40 € avec la remise de 15 %, soit 34 € ; c'est donc 34 € qui vous seront remboursés." })
	void reckoningARefundIsNotAnOffer(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "We refunded 5 € of shipping; use code SAVE20 next time.",
			"Launch discount this week only, we refunded nothing." })
	void aCodeOrAnOfferWithoutAmountsStaysAnOffer(String body) {
		assertThat(Drafts.seller().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Yes, the rug „New Collection Ravenna“ also comes in 160 x 230 cm.",
			"Sí, la lámpara «Nueva Colección Alba» es la misma de la foto." })
	void aProductNamedLikeACollectionIsNotPromotion(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Check out our New Collection!", "See our new collection in the shop.",
			"Our New Collection Is Here", "Our New Collection Ravenna Is Here, Take A Look",
			"Discover The New Collection Today." })
	void aCollectionInTheSendersWordsIsStillFlagged(String body) {
		assertThat(Drafts.seller().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Si quiere, le damos de alta en la suscripción de cápsulas: le salen un 12 % más baratas que sueltas.",
			"Rapportez-nous votre ancienne bouilloire et on vous fait 15 € de reprise sur une neuve.",
			"Subscribe and save 15% on every refill.", "Mit dem Spar-Abo zahlen Sie 10 Prozent weniger.",
			"Bring in your old kettle and get a £10 trade-in credit towards a new one." })
	void subscriptionsAndTradeInsAreOffers(String body) {
		assertThat(Drafts.seller().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "We cancelled the subscription and refunded the last month, so you pay less.",
			"Your old kettle is faulty and under warranty: we will replace it with a new one.",
			"Nous reprenons votre ancienne bouilloire défectueuse sous garantie et vous envoyons une neuve.",
			"La suscripción está cancelada y le hemos reembolsado el último mes." })
	void aCancelledSubscriptionOrAWarrantyReplacementIsNot(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"What most people do is get the pan and lid together, and I can set that up for less than the pan costs by itself.",
			"Im Set mit der 24er Pfanne kostet er Sie quasi nichts extra. Soll ich Ihnen das Set zurücklegen?",
			"We're clearing out the remaining colours this weekend at half what you paid.",
			"As a small sorry, typing SORRYSAM at checkout on anything else from us knocks a decent bit off.",
			"Y para la próxima, si pone CHIDO10 al pagar cualquiera de nuestros productos le sale más barato.",
			"Si lo agrega a otro pedido antes del viernes el envío le sale gratis." })
	void bundlesClearancesAndCodesAreOffers(String body) {
		assertThat(Drafts.seller().html(body).check().violations()).anyMatch((v) -> v.rule() == RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The replacement lid costs you nothing extra: it is covered by the warranty.",
			"Der Ersatzdeckel kostet Sie nichts extra, das ist Garantie." })
	void aWarrantyReplacementIsNotABundle(String body) {
		Drafts.assertNotCaught(Drafts.seller().html(body).check(), RuleId.PROMOTIONAL);
	}

}
