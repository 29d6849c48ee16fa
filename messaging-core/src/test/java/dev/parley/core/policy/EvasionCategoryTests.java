package dev.parley.core.policy;

import dev.parley.core.account.Role;
import dev.parley.core.conversation.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories of misses and false blocks that issue 12 lists, one table per category,
 * through the whole engine. Spans are marked inline (see {@link Drafts}).
 */
class EvasionCategoryTests {

	@ParameterizedTest
	@ValueSource(strings = { "Ruf an: ⟦0171/1234567⟧ bis 18 Uhr.", "Reach Josh at ⟦+44−7700−900−412⟧ today.",
			"Call ⟦+44 7911 123456⟧.", "Call ⟦٠٢٠ ٧٩٤٦ ٠٩٥٨⟧ please.", "Text ⟦555 zero one four seven two nine⟧.",
			"Unser Handy: ⟦null eins sieben eins, zwei drei vier fünf sechs sieben⟧.",
			"Appelez le ⟦zéro six douze trente-quatre cinquante-six soixante-dix-huit⟧.",
			"Mi número: ⟦seis cuarenta y cuatro, once, veintidós, noventa⟧.", "call us ⟦212 555 0147⟧ anytime",
			"text us at ⟦(415) 555-0134⟧", "Tel. ⟦722/45/19/63⟧", "Mándame un mensaje al ⟦644.112.290⟧.",
			"call ⟦555-O1O4-555⟧", "Notre service client est au ⟦06‑48‑21‑73‑90⟧.",
			"Estimado cliente: llámenos al ⟦612–345–789⟧.",
			"Mon portable : ⟦zéro sept, quatre-vingt-dix-neuf, vingt-deux, onze, quarante-quatre⟧.",
			"Appelez le ⟦zéro six, soixante-dix-sept, quatre-vingts, vingt et un, trente⟧.",
			"Mi móvil: ⟦seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho⟧.",
			"Ring ⟦oh seven seven double oh one two three four five six⟧ tonight.",
			"Mobile ⟦double seven triple 9 one 2 three four⟧ after six." })
	void phonesInEveryDisguise(String marked) {
		Drafts.assertCaught(Drafts.seller().html(Drafts.unmarked(marked)).check(), RuleId.CONTACT_PHONE, marked);
	}

	@Test
	void aPhoneInTheSubjectIsCaughtAndRedactedForBuyers() {
		Decision seller = Drafts.seller().subject("Tel. +49 176 98765432").check();
		assertThat(seller.violations()).extracting(Violation::rule).contains(RuleId.CONTACT_PHONE);
		Decision buyer = Drafts.buyer().subject("Call me on +49 176 98765432").check();
		assertThat(buyer.subject()).doesNotContain("98765432");
	}

	@Test
	void aBuyersValidNumberAfterCallUsIsAPhoneAndRedacted() {
		Decision decision = Drafts.buyer().html("<p>Please call us 212 555 0147 tonight</p>").check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.CONTACT_PHONE);
		assertThat(decision.redactedText()).doesNotContain("555").contains("[removed]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Write to ⟦john.smith@gmail.com⟧", "Mail: ⟦info(at)laden(punkt)de⟧",
			"Écrivez à ⟦jean.dupont arobase orange point fr⟧", "Mail ⟦ventas arroba tienda punto es⟧",
			"my ⟦gmail is jane.doe88⟧", "mon ⟦gmail : jean.dupont⟧", "⟦name dot work at gmail dot com⟧",
			"Adresse ⟦s e r v i c e @ l a d e n . d e⟧.", "ask ⟦ventas.lacasita(a)hotmail.es⟧",
			"⟦hans [ät] example [punkt] de⟧", "⟦info アット shop ドット jp⟧" })
	void addressesInEveryDisguise(String marked) {
		Drafts.assertCaught(Drafts.seller().html(Drafts.unmarked(marked)).check(), RuleId.CONTACT_EMAIL, marked);
	}

	@Test
	void anAddressSplitByALineBreakIsOneAddress() {
		Decision decision = Drafts.buyer().html("<p>Send it to john.smith@<br>gmail.com thanks</p>").check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.CONTACT_EMAIL);
		assertThat(decision.redactedText()).doesNotContain("john").doesNotContain("gmail");
	}

	@Test
	void theWholeObfuscatedAddressIsRedacted() {
		Decision decision = Drafts.buyer().html("<p>Reply to name dot work at gmail dot com please</p>").check();
		assertThat(decision.redactedText()).isEqualTo("Reply to [removed] please");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Just ⟦search our shop name on Google⟧.", "Please ⟦order from our Etsy shop⟧ next time.",
			"We also have an ⟦Etsy shop⟧ with more.", "⟦Googeln Sie⟧ einfach Holzwerk Bauer.",
			"⟦Busque \"Ferretería Ribera\" en Google⟧ y verá.", "⟦Cherchez notre boutique sur Google⟧.",
			"We also sell these on eBay as oakridge_candles, a little cheaper there.",
			"Honestly it's simpler if you pay me by bank transfer and we skip the site.",
			"Págueme por Bizum y nos ahorramos la comisión.", "Payez-moi par virement, c'est plus simple.",
			"Por Insta nos localiza antes.", "Sur Insta on nous trouve plus vite.",
			"We'd rather deal with this by email, our address is on the invoice.",
			"Preferimos tratar esto por correo electrónico.", "Das klären wir lieber per E-Mail.",
			"Nous préférons régler cela par e-mail.", "We're also on Vinted with the same items.",
			"También estamos en Wallapop con los mismos artículos.",
			"Wir sind auch auf Kleinanzeigen mit denselben Artikeln.",
			"Nous sommes aussi sur Leboncoin avec les mêmes articles.",
			"Vous pouvez aussi télécharger toutes vos factures sur notre espace client.",
			"It would mean a lot if you reviewed us on Google Maps too." })
	void offPlatformAsks(String marked) {
		Decision decision = Drafts.seller().html(Drafts.unmarked(marked)).check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.OFF_PLATFORM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Our new collection is online.", "Buy 2 get the 3rd free this week.",
			"Fancy an extended three-year warranty? It's only 7 pounds extra.",
			"Bundle it with the matching stand and save 10 pounds.",
			"Zu Ihrer Lampe passt unser neuer Schirm, jetzt zum Einführungspreis.",
			"Prix de lancement : 29 € au lieu de 39 €.", "Precio de lanzamiento solo esta semana.",
			"Spend another 10 pounds and shipping is on us.", "Si gasta 10 € más, el envío corre de nuestra cuenta.",
			"Ab 10 € mehr Bestellwert übernehmen wir den Versand.",
			"Encore 10 € d'achat et la livraison est pour nous.", "Das Nachfüllpack ist bis Freitag 15 % reduziert.",
			"Only 3 left in stock, be quick!", "Solo quedan 3 unidades, ¡dese prisa!",
			"Nur noch 3 Stück auf Lager, schnell sein!", "Plus que 3 en stock, dépêchez-vous !",
			"Complete su juego con el jarrón a juego.", "Ergänzen Sie Ihr Set mit der passenden Vase.",
			"Complétez votre ensemble avec le vase assorti.",
			"Laden Sie eine Freundin ein und Sie erhalten beide 5 € Rabatt.",
			"Psst, VIP customers get a secret 15% code, just ask us.",
			"Nos clients fidèles ont droit à un code secret de 15 %, il suffit de le demander.",
			"A free gift comes with your next order.", "Add an extended warranty for only 9.99.",
			"Add it to your cart today!", "Utilisez le code promo BIENVENUE10.", "Profitez de 20 % de réduction.",
			"Kaufen Sie 2, der dritte ist gratis.", "Llévate 3 y paga 2.", "Nueva colección de otoño disponible." })
	void promotions(String text) {
		Decision decision = Drafts.seller().html(text).check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.PROMOTIONAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Could you delete your rating now that it works?",
			"We will refund you if you remove the negative feedback.", "¿Podría cambiar su valoración?",
			"Le devolvemos el dinero si elimina su reseña.", "Könnten Sie Ihre Bewertung bitte ändern?",
			"Wir erstatten Ihnen 10 €, wenn Sie die Bewertung löschen.", "Pourriez-vous modifier votre avis ?",
			"Nous vous remboursons si vous supprimez votre commentaire.",
			"Wir schicken Ihnen einen Gutschein, wenn Sie die Bewertung nochmal überdenken.",
			"Would you reconsider your rating now that it works?",
			"¿Podría reconsiderar su valoración ahora que funciona?",
			"Would you be willing to amend what you wrote about us?",
			"¿Le importaría corregir lo que escribió sobre nosotros?",
			"Wären Sie bereit, Ihren Text über uns zu korrigieren?",
			"Accepteriez-vous de corriger ce que vous avez écrit sur nous ?",
			"Spare a minute to tell others with a few stars.", "Cuente su experiencia con unas estrellas.",
			"Erzählen Sie anderen davon, gern mit Sternen.",
			"Prenez une minute pour le raconter avec quelques étoiles.",
			"Before you post anything negative, please talk to us.",
			"Bevor Sie etwas Negatives schreiben, geben Sie uns eine Chance.",
			"We've credited 15 pounds, provided the one-star review comes down.",
			"Le hemos abonado 15 €, siempre que retire la reseña de una estrella.",
			"Wir haben Ihnen 15 € gutgeschrieben, vorausgesetzt, die Ein-Stern-Bewertung verschwindet.",
			"Nous vous avons crédité 15 €, à condition que l'avis une étoile disparaisse.",
			"Other shoppers would love to hear about it in a review.",
			"D'autres acheteurs aimeraient le lire dans un avis.", "How about bringing those two stars up to five?",
			"¿Qué tal si sube esas dos estrellas a cinco?", "A short positive comment from you would be very welcome.",
			"Un breve comentario positivo suyo sería muy bienvenido.",
			"Ein kurzer positiver Kommentar von Ihnen wäre super.",
			"If you're happy, say so on the marketplace, it really helps us!",
			"Si está contento, dígalo en la plataforma.", "Wenn Sie zufrieden sind, sagen Sie es auf der Plattform!",
			"Si vous êtes content, dites-le sur la plateforme !", "Por favor, no nos ponga una mala nota.",
			"Merci de ne pas nous mettre une mauvaise note.",
			"Could you revise your score upwards now that it's fixed?",
			"Nous vous enverrons une carte cadeau dès que l'avis sera mis à jour.",
			"It would mean a lot if you reviewed us on Google Maps too.",
			"Nos haría mucha ilusión que también nos valorara en Google Maps.",
			"Es würde uns viel bedeuten, wenn Sie uns auch auf Google Maps bewerten.",
			"Cela nous ferait très plaisir que vous nous notiez aussi sur Google Maps.",
			"¿Sería tan amable de darnos la máxima puntuación?",
			"Wären Sie so nett, uns die volle Punktzahl zu geben?" })
	void reviewManipulationInEveryLanguage(String text) {
		Decision decision = Drafts.seller().html(text).check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.REVIEW_MANIPULATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hola Ana, ¡muchas gracias por su compra! Un saludo, Marta",
			"Hallo Frau Schulz, vielen Dank für Ihre Bestellung! Viele Grüße, Petra",
			"Bonjour, merci beaucoup pour votre commande ! Cordialement, Julie",
			"Moin, wir wollten Ihnen einfach von Herzen danken, dass Sie einen kleinen Familienbetrieb unterstützen. Gruß, Anna",
			"Hallo Jonas, danke, dass Sie sich für Holzwerk Bauer entschieden haben; Kunden wie Sie halten unsere kleine Werkstatt am Laufen. Beste Grüße, Lars" })
	void thankYouOnlyInEveryLanguage(String text) {
		Decision decision = Drafts.proactive(Action.UNEXPECTED_PROBLEM).html(text).check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.THANK_YOU_ONLY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bonjour, votre colis vient d'être expédié. Cordialement, Julie",
			"Hola, su pedido acaba de ser enviado. Un saludo, Marta",
			"Hallo, Ihr Paket wurde soeben versandt. Viele Grüße, Petra",
			"Bonjour, votre colis 1Z4F83A20391827364 a été récupéré par UPS. Belle journée, Hugo",
			"Guten Tag, wir informieren Sie, dass Ihre Bestellung bearbeitet wurde. Beste Grüße, Lars",
			"Buenas tardes, su compra ya está de camino. Un abrazo, Pablo",
			"Bonjour, nous vous informons que votre commande a été traitée. Cordialement, Léa",
			"Hallo Frau Schulz, Ihr Paket wurde heute um 11:42 Uhr zugestellt. Herzliche Grüße, Lars",
			"Estimado cliente: ya hemos preparado su pedido y se lo entregamos a SEUR esta tarde. Un abrazo, Pablo",
			"Bonjour, nous avons préparé votre commande et la remettons à Colissimo cet après-midi. Cordialement, Léa" })
	void redundantConfirmationsInEveryLanguage(String text) {
		Decision decision = Drafts.proactive(Action.UNEXPECTED_PROBLEM).html(text).check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.REDUNDANT_CONFIRMATION);
	}

	@Test
	void pictureSourcesAreRemoteImages() {
		Decision decision = Drafts.seller()
			.html("<picture><source srcset=\"https://cdn.example/p.webp\"></picture>Hello")
			.check();
		assertThat(decision.violations()).extracting(Violation::rule).contains(RuleId.REMOTE_IMAGE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "SELLER | Puede recogerlo en el punto de recogida de Correos o en el punto de venta.",
					"SELLER | Your PO 4500012345 is printed on the invoice.",
					"SELLER | Purchase order 4500123456 is noted.", "BUYER | The driver can call me when he arrives.",
					"BUYER | Le livreur peut m'appeler quand il arrive.",
					"BUYER | El repartidor me puede llamar cuando llegue.",
					"SELLER | Rendez-vous au point de vente le plus proche.",
					"SELLER | Bitte nutzen Sie den Abholpunkt an der Packstation.",
					"BUYER | I found your shop on Google and ordered here, is it still coming Friday?",
					"SELLER | Nous ne proposons pas de code promo, mais la livraison est déjà offerte.",
					"SELLER | Your extended manufacturer's warranty (3 years, included in the price) is attached.",
					"SELLER | Google Maps still shows our old depot, but the parcel went to the new address.",
					"SELLER | The bundle you ordered includes two stands and the charger.",
					"SELLER | Leider ist die Farbe Sand ausverkauft. Möchten Sie Grau oder eine Erstattung?",
					"SELLER | La valoración del técnico es que el motor está bien.",
					"SELLER | Other customers reported the same crack in their reviews, so we changed supplier.",
					"SELLER | If the review was removed by the marketplace, we cannot see it any more.",
					"SELLER | We'd rather not deal with this by email; the messages here keep everything in one place.",
					"BUYER | My phone number is on the order, so the driver can ring me if he gets lost.",
					"SELLER | Our physical shop in York is open 10:00–17:30 if you'd like to collect it.",
					"SELLER | La référence de la pièce est 84-2210-337, lot 2026/114.",
					"SELLER | La referencia de la pieza es 84-2210-337, del lote 2026/114.",
					"SELLER | Die Teilenummer ist 84-2210-337 aus Charge 2026/114.",
					"SELLER | Puede consultar el estado en la web de Correos con el código PK4X7B0123456780Z.",
					"SELLER | Thanks for the kind words, we've passed them on to the workshop.",
					"SELLER | Only 3 left in stock in that colour, so we've reserved one for you.",
					"SELLER | Wir ergänzen Ihr Set mit dem fehlenden Teil, ohne Kosten.",
					"SELLER | Le completamos el juego con la pieza que faltaba, sin coste.",
					"SELLER | Si vous n'êtes pas satisfait, dites-le-nous ici.",
					"SELLER | Laut Zustellnachweis wurde es um 11:42 Uhr vor Ihrer Tür abgelegt.",
					"BUYER | Une amie m'a recommandé votre boutique ; la lampe a-t-elle une prise européenne ?",
					"SELLER | We checked the reviews on Google Maps: the depot there is an old one.",
					"SELLER | Die Punktzahl im Qualitätstest war voll, der Schaden kommt also vom Transport.",
					"BUYER | Le code secret de la porte est 4521, je serai là après 18 h." })
	void honestLookAlikesPass(Role role, String text) {
		Decision decision = Drafts.of(role).html(text).check();
		assertThat(decision.violations()).as(text).isEmpty();
	}

}
