package dev.parley.core.policy;

import java.util.Map;

import dev.parley.core.account.Language;
import dev.parley.core.policy.PolicySettings.StandardText;

/**
 * The standardized texts of {@link PolicySettings#defaults()} (the word lists are the
 * lexicon files, see {@link Lexicon}).
 */
final class DefaultTexts {

	private DefaultTexts() {
	}

	static Map<Language, StandardText> reviewRequests() {
		return Map.of(Language.EN, new StandardText("Share your experience with your recent order",
				"<p>Hello,</p><p>The seller of your recent order would like to know how it went. If you wish, you can review the product and rate the seller from your orders page.</p><p>This is the only such request you will receive for this order. It was sent by the marketplace on behalf of the seller, who cannot change its text.</p>"),
				Language.ES,
				new StandardText("Comparte tu experiencia con tu pedido reciente",
						"<p>Hola:</p><p>Al vendedor de tu pedido reciente le gustaría saber cómo ha ido. Si lo deseas, puedes opinar sobre el producto y valorar al vendedor desde la página de tus pedidos.</p><p>Es la única solicitud de este tipo que recibirás para este pedido. La envía el marketplace en nombre del vendedor, que no puede cambiar su texto.</p>"),
				Language.DE,
				new StandardText("Teilen Sie Ihre Erfahrung mit Ihrer letzten Bestellung",
						"<p>Hallo,</p><p>Der Verkäufer Ihrer letzten Bestellung möchte gern wissen, wie es gelaufen ist. Wenn Sie möchten, können Sie das Produkt und den Verkäufer auf Ihrer Bestellseite bewerten.</p><p>Dies ist die einzige Anfrage dieser Art zu dieser Bestellung. Der Marktplatz sendet sie im Namen des Verkäufers, der ihren Text nicht ändern kann.</p>"),
				Language.FR,
				new StandardText("Partagez votre expérience de votre commande récente",
						"<p>Bonjour,</p><p>Le vendeur de votre commande récente aimerait savoir comment elle s’est passée. Si vous le souhaitez, vous pouvez évaluer le produit et le vendeur depuis la page de vos commandes.</p><p>C’est la seule demande de ce type que vous recevrez pour cette commande. Elle est envoyée par la place de marché au nom du vendeur, qui ne peut pas en modifier le texte.</p>"),
				Language.JA, new StandardText("最近のご注文についてのご感想をお聞かせください",
						"<p>こんにちは。</p><p>最近のご注文の出品者が、お取引の感想を知りたいと考えています。よろしければ、注文履歴ページから商品のレビューと出品者の評価をお願いいたします。</p><p>このご注文についてのこのようなリクエストは今回限りです。このメッセージは出品者に代わってマーケットプレイスが送信しており、出品者は文面を変更できません。</p>"));
	}

}
