package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.parley.core.account.Language;
import dev.parley.core.policy.PolicySettings.StandardText;
import dev.parley.core.policy.PolicySettings.Words;

/**
 * The default phrase lists and standardized texts of {@link PolicySettings#defaults()}.
 * English and Spanish phrases (the UI languages), a few German and French ones where
 * sellers commonly write them.
 */
final class DefaultTexts {

	private static final String REVIEW = "(?:reviews?|feedback|ratings?|rese[ñn]as?|valoraci[oó]n|opini[oó]n)";

	private static final String GOOD = "(?:(?:positive|good|great|nice|excellent|glowing|honest|5[- ]?stars?|five[- ]?stars?|full[- ]stars?) )?";

	private DefaultTexts() {
	}

	static Words words() {
		return new Words(reviewManipulation(), offPlatform(), promotionalStrong(), promotionalWeak(), optOut(),
				thanks(), courtesy(), confirmations());
	}

	private static List<String> reviewManipulation() {
		List<String> entries = new ArrayList<>();
		for (String verb : List.of("leave", "leaving", "write", "writing", "give", "giving", "post", "posting",
				"submit", "drop", "add", "share")) {
			entries.add(verb + " (?:us |me )?(?:a |an |your |some |the )?" + GOOD + REVIEW);
		}
		// "good reviews" alone describes a product; these adjectives are asks on their
		// own
		for (String adjective : List.of("positive", "glowing", "5[- ]?stars?", "five[- ]?stars?", "full[- ]stars?")) {
			entries.add(adjective + " " + REVIEW);
		}
		for (String verb : List.of("change", "changing", "update", "updating", "remove", "removing", "delete",
				"deleting", "revise", "revising", "modify", "edit", "withdraw", "retract", "amend", "reconsider",
				"improve", "raise", "upgrade")) {
			entries
				.add(verb + " (?:your |the |that |this |my |our |negative |bad |low |poor |\\d[- ]?stars? )*" + REVIEW);
		}
		entries.add("take (?:down|back) (?:your |the |that |this )?(?:negative |bad )?" + REVIEW);
		entries.add("in exchange for (?:a |an |your |the )?" + GOOD + REVIEW);
		for (String reward : List.of("refund", "gift", "gift card", "discount", "coupon", "voucher", "reward", "bonus",
				"cashback", "money", "credit", "free")) {
			entries.add(reward
					+ " (?:\\S+ )?(?:for|if you leave|if you write|if you give|when you leave) (?:a |an |your |us a )?"
					+ GOOD + REVIEW);
		}
		for (String condition : List.of("if", "once", "when", "after")) {
			entries.add(condition
					+ " you (?:leave|write|give|post|update|change|remove|delete|revise) (?:us |me )?(?:a |an |your |the |that )?"
					+ GOOD + REVIEW);
		}
		entries.add("appreciate (?:it if you (?:left|wrote|gave) )?(?:a |an |your |some )?" + GOOD + REVIEW);
		entries.add("reviews? (?:is|are|would be) (?:greatly |much |really |very |highly )?appreciated");
		entries.add("feedback (?:is|would be) (?:greatly |much |really |very |highly )?appreciated");
		entries.add("rate (?:us|our (?:shop|store|service|products?)|your (?:experience|purchase|order)|the seller)");
		entries.add("review (?:us|our (?:shop|store|service|products?)|the seller)");
		entries.add("how many stars");
		entries.add(
				"do not (?:leave|give|post|write) (?:a |us a |any )?(?:negative|bad|poor|low|neutral|1[- ]?stars?|one[- ]?stars?)");
		entries.add(
				"don'?t (?:leave|give|post|write) (?:a |us a |any )?(?:negative|bad|poor|low|neutral|1[- ]?stars?|one[- ]?stars?)");
		entries.add("instead of (?:leaving |writing |giving |posting )?(?:a |an )?(?:negative|bad|poor|low|neutral) "
				+ REVIEW);
		entries.add(
				"dej(?:ar|e|a|anos|enos|arnos|ame)? (?:una |un |tu |su |la )?(?:buena |excelente )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n|calificaci[oó]n|comentario)");
		entries.add(
				"d\u00e9j(?:anos|ame|enos)? (?:una |un |tu |su |la )?(?:buena |excelente )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n|calificaci[oó]n|comentario)");
		entries.add("rese[ñn]a positiva");
		entries.add("valoraci[oó]n positiva");
		entries.add("opini[oó]n positiva");
		entries.add("cinco estrellas");
		entries.add("5 estrellas");
		entries.add("cambi(?:ar|e|a) (?:tu |su |la |esa )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n)");
		entries.add("elimin(?:ar|e|a) (?:tu |su |la |esa )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n)");
		entries.add("a cambio de (?:una |tu |su )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n)");
		return entries;
	}

	private static List<String> offPlatform() {
		return List.of("whats ?app", "whatsap", "wa\\.me", "telegram", "t\\.me", "wechat", "weixin", "viber",
				"signal (?:app|messenger|me|us)", "on signal", "via signal", "line (?:app|id|messenger)",
				"kakao(?:talk)?", "zalo", "skype", "kik", "snapchat", "snap (?:me|us)", "instagram",
				"insta (?:page|account|handle)", "ig (?:handle|account|page)", "facebook",
				"fb (?:page|messenger|group|account)", "messenger", "twitter", "tiktok", "discord", "imessage",
				"facetime", "pinterest", "youtube channel", "follow (?:us|me)", "find (?:us|me) on",
				"like (?:us|our page) on", "add (?:me|us) on", "dm (?:me|us)", "direct message (?:me|us)",
				"message (?:me|us) (?:on|via|at|through)", "email (?:us|me) (?:directly|privately|at|on|to)",
				"e-mail (?:us|me) (?:directly|privately|at|on|to)", "send (?:us|me) an? e-?mail",
				"write (?:to )?(?:us|me) (?:directly|privately|at|on)",
				"contact (?:us|me) (?:directly|privately|outside|at|on|via|through (?:our|my))",
				"reach (?:us|me|out to us|out to me) (?:directly|privately|at|on|via)",
				"get in touch (?:directly|with (?:us|me) (?:directly|at|on|via))",
				"my (?:personal |private )?e-?mail(?: address)? (?:is|:)",
				"my (?:personal |private )?(?:phone|cell|mobile|whatsapp)(?: number| no\\.?)? (?:is|:)",
				"our (?:e-?mail|phone|whatsapp)(?: address| number)? (?:is|:)",
				"visit (?:us at|our (?:web ?site|homepage|online (?:store|shop)|home page))",
				"our (?:own )?(?:web ?site|homepage|online (?:store|shop))",
				"check (?:out )?our (?:web ?site|homepage)", "go to our (?:web ?site|homepage)",
				"order (?:directly )?(?:from|on|through|via) our (?:web ?site|online (?:store|shop)|homepage)",
				"buy (?:directly )?from (?:us directly|our (?:web ?site|online (?:store|shop)))", "directly from us",
				"call (?:us|me)", "give (?:us|me) a (?:call|ring)", "ring (?:us|me)", "phone (?:us|me)",
				"text (?:us|me)", "sms (?:us|me)",
				"outside (?:of )?(?:the |this )?(?:marketplace|platform|amazon|parley|site)",
				"off (?:the )?(?:marketplace|platform)", "off-platform",
				"escr[ií]be(?:nos|me) (?:directamente|a|al|por)",
				"cont[aá]cta(?:nos|me) (?:directamente|por|en|a trav[eé]s)", "ll[aá]ma(?:nos|me)", "sigue(?:nos|me) en",
				"s\u00edgue(?:nos|me) en", "visita (?:nuestra|nuestro) (?:web|p[aá]gina|sitio)",
				"nuestra (?:p[aá]gina )?web", "nuestro sitio web",
				"fuera de (?:la |esta )?(?:plataforma|marketplace|amazon)");
	}

	private static List<String> promotionalStrong() {
		return List.of("coupons?", "promo(?:tional)? codes?", "discount codes?", "vouchers?", "voucher codes?",
				"use (?:the |my |our |this )?(?:promo |discount |coupon |special )?code",
				"enter (?:the )?(?:promo |discount |coupon )?code", "apply (?:the )?(?:promo |discount |coupon )?code",
				"percent off", "per cent off", "buy one,? get one", "bogo", "special offers?",
				"exclusive (?:offer|deal|discount)s?", "limited[- ]time (?:offer|deal|sale|discount)s?", "flash sale",
				"clearance sale", "big sale", "huge sale", "black friday (?:sale|deal|offer)s?",
				"cyber monday (?:sale|deal|offer)s?", "sale ends", "discount on (?:your|the) next (?:order|purchase)",
				"off (?:your|the) next (?:order|purchase)", "save \\d+ ?(?:%|percent)",
				"free shipping on (?:your|the) next", "cup[oó]n(?:es)?",
				"codigo (?:de )?(?:descuento|promocional|promoci[oó]n)",
				"c\u00f3digo (?:de )?(?:descuento|promocional|promoci[oó]n)", "oferta (?:especial|exclusiva)",
				"descuento (?:del|de un) \\d+", "rabatt ?code", "gutschein", "code promo");
	}

	private static List<String> promotionalWeak() {
		return List.of(
				"check out our (?:other|new|latest|full) (?:products|items|collection|range|arrivals|listings|line)",
				"our other (?:products|items|listings|brands|collections)", "other products (?:we|from us)",
				"new arrivals?", "new collection", "latest (?:products|collection|arrivals|releases)",
				"newest (?:products|collection|arrivals)", "you (?:may|might|will) also (?:like|love|enjoy)",
				"we also (?:sell|offer|carry|stock|make)", "browse our (?:store|shop|catalog|catalogue|products|range)",
				"visit our (?:store|storefront|shop)", "our (?:storefront|store page)",
				"upgrade (?:to (?:our|the)|your (?:order|purchase))", "don'?t miss (?:out|our)",
				"do not miss (?:out|our)", "newsletter", "recommended for you", "we recommend our",
				"complete (?:the|your) (?:set|look|collection)", "matching (?:accessories|products|items)",
				"nuevos? (?:productos|llegadas)", "nuestros otros productos", "novedades");
	}

	private static List<String> optOut() {
		return List.of("unsubscrib\\w*", "opt[- ]?out", "opt yourself out",
				"stop receiving (?:these |our |such |any |further )?(?:messages|e-?mails|mails|notifications)",
				"no longer (?:wish|want|like) to (?:receive|hear|get)", "reply (?:with )?stop",
				"remove (?:you|yourself) from (?:our|this|the) (?:mailing |email |contact )?list", "mailing list",
				"manage (?:your )?(?:e-?mail |communication |notification |subscription )?preferences",
				"email preferences", "e-mail preferences", "dar(?:se|te|me)? de baja",
				"cancelar (?:la |tu |su )?suscripci[oó]n", "abmelden", "desabonner", "d\u00e9sabonner", "desinscri\\w*",
				"d\u00e9sinscri\\w*");
	}

	private static List<String> thanks() {
		return List.of(
				"thank you(?: (?:so|very) much)?(?: again)?(?: (?:for|on) (?:your |the |this )?(?:recent )?(?:order|purchase|business|support|patience|custom|shopping with us|choosing us|buying from us|ordering from us|being a customer|trust))?",
				"thanks(?: (?:a lot|so much|again|very much))?(?: (?:for|on) (?:your |the |this )?(?:recent )?(?:order|purchase|business|support|patience|custom|shopping with us|choosing us|buying from us|ordering from us|being a customer|trust))?",
				"many thanks", "thx", "ty",
				"we (?:really |truly |sincerely )?appreciate (?:your|you)(?: (?:business|order|purchase|support|custom))?",
				"we are (?:so |very )?(?:grateful|thankful)", "muchas gracias",
				"gracias(?: por (?:tu|su) (?:compra|pedido|confianza))?", "danke(?: sch[oö]n)?", "merci(?: beaucoup)?");
	}

	private static List<String> courtesy() {
		return List.of("hi", "hello", "hey", "dear", "good (?:morning|afternoon|evening|day)", "greetings",
				"best(?: (?:regards|wishes))?", "kind regards", "warm(?:est)? regards", "regards", "sincerely",
				"yours (?:truly|sincerely|faithfully)", "cheers",
				"have a (?:great|nice|good|wonderful|lovely|fantastic) (?:day|week|weekend|time)",
				"enjoy (?:your|the) (?:new )?(?:purchase|order|item|product)s?",
				"we hope you (?:will )?(?:enjoy|like|love) (?:it|them|your|the)(?: (?:new )?(?:purchase|order|item|product)s?)?",
				"hope you (?:will )?(?:enjoy|like|love) (?:it|them|your|the)(?: (?:new )?(?:purchase|order|item|product)s?)?",
				"please let us know if you (?:have|need) (?:any )?(?:questions?|help|assistance)",
				"let us know if you (?:have|need) (?:any )?(?:questions?|help|assistance)",
				"feel free to (?:contact|message|ask) us(?: (?:if|with) (?:you have )?(?:any )?questions?)?",
				"do not hesitate to (?:contact|message|ask) us", "don'?t hesitate to (?:contact|message|ask) us",
				"if you have any (?:questions?|concerns?)", "we are (?:always )?here to help", "the team",
				"customer (?:service|support|care)(?: team)?", "hola", "saludos", "un saludo", "atentamente",
				"buenos d[ií]as", "buenas tardes", "estimad[oa]");
	}

	private static List<String> confirmations() {
		return List.of(
				"your (?:order|package|parcel|item|items|shipment|purchase)(?: \\S+)? (?:has been|have been|has|have|was|were|is|are|got) (?:now |just |already |successfully )?(?:confirmed|shipped|dispatched|sent|received|processed|delivered|packed|prepared|on (?:its|the|their) way|out for delivery|handed (?:over )?to)",
				"your (?:order|package|parcel|item|items|shipment|purchase) (?:is|are) on (?:its|the|their) way",
				"we(?: have|'ve)? (?:just |now |already |successfully )?(?:shipped|dispatched|sent|received|processed|confirmed|packed) your (?:order|package|parcel|item|items|purchase)",
				"order (?:confirmation|confirmed|received|shipped|dispatched)", "shipping confirmation",
				"tracking (?:number|no\\.?|id|code|info(?:rmation)?)(?: is| for your (?:order|package|parcel))?",
				"you can track (?:it|them|your (?:order|package|parcel|shipment))(?: (?:here|with|using|at|on|online))?(?: (?:the|this) tracking number)?",
				"it (?:has been|was|is) (?:shipped|dispatched|sent|on its way)",
				"expected (?:delivery|arrival)(?: date)?(?: is)?", "estimated (?:delivery|arrival)(?: date)?(?: is)?",
				"it should (?:arrive|be delivered|get to you) (?:by|on|within|soon|in)",
				"should (?:arrive|be delivered) (?:by|on|within|soon|in)",
				"tu pedido (?:ha sido|fue|est[aá]) (?:enviado|confirmado|en camino)", "hemos enviado tu pedido");
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
