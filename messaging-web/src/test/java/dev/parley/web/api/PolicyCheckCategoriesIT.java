package dev.parley.web.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.parley.core.order.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories of issue 12 through {@code POST /api/v1/policy/check}: evasions are
 * reported under their rule (and a buyer's contact details are redacted whole), honest
 * look-alikes pass. The engine-level tables are in the core's
 * {@code EvasionCategoryTests}.
 */
class PolicyCheckCategoriesIT extends ApiTestSupport {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// phones: slashes, Unicode dashes, other scripts' digits, words, the subject
			"SELLER | UNEXPECTED_PROBLEM | Update | Ruf an: 0171/1234567 | CONTACT_PHONE | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Reach Josh at +44−7700−900−412 | CONTACT_PHONE | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Call ٠٢٠ ٧٩٤٦ ٠٩٥٨ please | CONTACT_PHONE | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Text 555 zero one four seven two nine | CONTACT_PHONE | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Handy: null eins sieben eins, zwei drei vier fünf sechs sieben | CONTACT_PHONE | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Appelez le zéro six douze trente-quatre cinquante-six soixante-dix-huit | CONTACT_PHONE | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Tel. +49 176 98765432 | Your parcel is late. | CONTACT_PHONE | BLOCK",
			"BUYER | BUYER_QUESTION | Question | Please call us 212 555 0147 tonight | CONTACT_PHONE | FLAG",
			// emails: <br>, (punkt), arobase, "my gmail is"
			"BUYER | BUYER_QUESTION | Question | <p>Send it to john.smith@<br>gmail.com thanks</p> | CONTACT_EMAIL | ALLOW",
			"SELLER | UNEXPECTED_PROBLEM | Update | Mail: info(at)laden(punkt)de | CONTACT_EMAIL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Écrivez à jean.dupont arobase orange point fr | CONTACT_EMAIL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | my gmail is jane.doe88 | CONTACT_EMAIL | BLOCK",
			// off-platform
			"SELLER | UNEXPECTED_PROBLEM | Update | Just search our shop name on Google. | OFF_PLATFORM | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Please order from our Etsy shop next time. | OFF_PLATFORM | BLOCK",
			// promotional
			"SELLER | UNEXPECTED_PROBLEM | Update | Buy 2 get the 3rd free this week. | PROMOTIONAL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | A free gift comes with your next order. | PROMOTIONAL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Add an extended warranty for only 9.99. | PROMOTIONAL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Add it to your cart today! | PROMOTIONAL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Utilisez le code promo BIENVENUE10. | PROMOTIONAL | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Our new collection is online. | PROMOTIONAL | FLAG",
			// review manipulation in every language
			"SELLER | UNEXPECTED_PROBLEM | Update | Could you delete your rating now that it works? | REVIEW_MANIPULATION | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Le devolvemos el dinero si elimina su reseña. | REVIEW_MANIPULATION | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Könnten Sie Ihre Bewertung bitte ändern? | REVIEW_MANIPULATION | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Pourriez-vous modifier votre avis ? | REVIEW_MANIPULATION | BLOCK",
			// thank-you-only proactive messages
			"SELLER | UNEXPECTED_PROBLEM | Gracias | Hola Ana, ¡muchas gracias por su compra! Un saludo, Marta | THANK_YOU_ONLY | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Danke | Hallo Frau Schulz, vielen Dank für Ihre Bestellung! Viele Grüße, Petra | THANK_YOU_ONLY | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Merci | Bonjour, merci beaucoup pour votre commande ! Cordialement, Julie | THANK_YOU_ONLY | BLOCK",
			// round 20: middle dots between digits, steering who rates, market stalls,
			// bundles
			"BUYER | BUYER_QUESTION | Question | The driver can reach 512·555·0147 after six | CONTACT_PHONE | ALLOW",
			"SELLER | UNEXPECTED_PROBLEM | Update | It'd be better if your son rated them rather than you. | REVIEW_MANIPULATION | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Swing by the stall at the market and grab one there. | OFF_PLATFORM | BLOCK",
			"SELLER | UNEXPECTED_PROBLEM | Update | Im Set mit der Pfanne kostet der Deckel quasi nichts extra. | PROMOTIONAL | BLOCK",
			// picture sources
			"SELLER | UNEXPECTED_PROBLEM | Update | <picture><source srcset=\"https://cdn.example/p.webp\"></picture>Hello | REMOTE_IMAGE | BLOCK" })
	void evasionsAreCaught(String role, String action, String subject, String body, String rule, String verdict) {
		JsonNode result = check(role, action, subject, body);
		assertThat(result.get("violations").valueStream().map((v) -> v.get("rule").asString())).as(body).contains(rule);
		assertThat(result.get("verdict").asString()).as(body).isEqualTo(verdict);
		result.get("violations").valueStream().forEach((violation) -> {
			assertThat(violation.get("start").asInt()).isLessThanOrEqualTo(violation.get("end").asInt());
			assertThat(violation.get("excerpt").asString()).isNotBlank();
		});
		if (role.equals("BUYER") && rule.startsWith("CONTACT_")) {
			String redacted = result.get("redactedHtml").asString();
			assertThat(redacted).contains("[removed]")
				.doesNotContain("555")
				.doesNotContain("john")
				.doesNotContain("gmail");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"SELLER | UNEXPECTED_PROBLEM | Recogida | Puede recogerlo en el punto de recogida de Correos o en el punto de venta.",
			"SELLER | SEND_INVOICE | Invoice | Your PO 4500012345 is printed on the invoice.",
			"BUYER | BUYER_QUESTION | Delivery | The driver can call me when he arrives.",
			"SELLER | UNEXPECTED_PROBLEM | Codes | Sorry, we don't run discount codes, but delivery is included.",
			"SELLER | WARRANTY | Warranty | The manufacturer's extended warranty line is +1 800 555 0199." })
	void honestLookAlikesPass(String role, String action, String subject, String body) {
		JsonNode result = check(role, action, subject, body);
		assertThat(result.get("violations")).as(body).isEmpty();
		assertThat(result.get("verdict").asString()).isEqualTo("ALLOW");
	}

	private JsonNode check(String role, String action, String subject, String body) {
		Party buyer = buyer();
		Party seller = seller();
		Order order = order(buyer, seller, Duration.ofDays(2));
		Map<String, Object> request = new HashMap<>(
				Map.of("orderId", order.id().value(), "action", action, "subject", subject, "body", body));
		if (role.equals("BUYER")) {
			request.put("topic", "OTHER");
		}
		Response response = post(role.equals("BUYER") ? buyer : seller, API + "/policy/check", request);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body();
	}

}
