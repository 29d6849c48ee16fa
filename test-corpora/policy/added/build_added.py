#!/usr/bin/env python3
"""Batch 5 of the tuning set (issue 12, second pass): hand-written paraphrases and honest
look-alikes, written without reading the held-out set or the generator's phrase banks, to
make the rules generalize (German inflections and compounds, French and Spanish elision,
free word order, number words, evasive addresses) rather than to fit single phrases.

Writes tuning/added-<lang>.jsonl (ids <lang>-9NNN, far above the generated ones).
Run:  python3 test-corpora/policy/added/build_added.py   (deterministic)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "tuning")

# Every case: (role/kind, action, expect, sentence, note, leak)
#   kinds: R = seller reply, P = seller proactive, B = buyer
CASES = {}
GREET = {}
CONTEXT = {}
CLOSE = {}
SUBJECTS = {}

# ------------------------------------------------------------------------------ English
GREET["en"] = ["Hi Sarah,", "Hello Mr Patel,", "Dear customer,", "Good morning James,", "Hi there,"]
CLOSE["en"] = ["Best wishes,\nTom", "Kind regards,\nLumen Works", "Cheers,\nAmy", "Thanks,\nOakridge Candles",
               "All the best,\nDaniel"]
CONTEXT["en"] = [
    "Your lamp left our workshop this morning and should reach you by Thursday.",
    "I've checked the batch number and the replacement cable is already packed.",
    "The engraving proof is ready; the letters are 4 mm high as you asked.",
    "We refunded the shipping cost to your original payment method yesterday.",
    "The spare filter fits every model from 2022 onwards.",
    "Sorry for the slow reply, we were closed for the bank holiday.",
]
SUBJECTS["en"] = ["Your order", "Re: Missing part", "Update on your parcel", "Re: Question about size",
                  "Delivery update"]
CASES["en"] = [
    # off-platform
    ("R", "REPLY", ["OFF_PLATFORM"], "You'll find the same lamp for less in our Etsy store, just look up Lumen Works.", "Etsy store", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Type Oakridge Candles into Google and you'll land straight on our own site.", "search on Google", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Drop me a line on WhatsApp and I'll sort it out faster.", "WhatsApp", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "We're on Instagram too, send us a DM there and we'll reply the same day.", "Instagram DM", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "It would be easier to carry on by email, away from the marketplace.", "by email outside", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Next time just order from our website and you'll skip the fees.", "order from website", None),
    ("P", "UNEXPECTED_PROBLEM", ["OFF_PLATFORM"], "Ping us on Telegram if the part doesn't arrive.", "Telegram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Add me on Facebook and I can send you the photos there.", "Facebook", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Our own web shop stocks the full range and the prices are lower there.", "own web shop", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Get in touch with us privately and we can arrange a better deal off the platform.", "off the platform", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "You can also buy it on our eBay page, it's listed under the same name.", "eBay page", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Could you message me on WhatsApp instead? It's quicker for me.", "buyer WhatsApp", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Is there a way to buy directly from you without going through the marketplace?", "buyer buy directly", None),
    # promotional
    ("R", "REPLY", ["PROMOTIONAL"], "Our autumn range has just landed, have a look before it sells out.", "new range", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Pick any two mugs and the third one is on us.", "third free", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "With every order this week you get a free tote bag.", "free gift", None),
    ("R", "REPLY", ["PROMOTIONAL"], "For just 9.99 more we can extend your warranty to three years.", "warranty upsell", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Pop it in your basket today, the price goes back up on Monday.", "add to basket", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Enter WELCOME15 at checkout to save on your next purchase.", "code at checkout", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Refer a friend and you'll both get a 10 pound credit.", "referral", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Our clearance starts tomorrow with prices slashed across the whole shop.", "clearance", None),
    ("P", "UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "We've just launched a limited run of hand-dyed scarves.", "limited run", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Customers who bought this kettle also love our matching toaster, now back in stock.", "cross-sell", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Protect your new blender with our three-year care plan for only 12 pounds.", "protection plan", None),
    # review manipulation
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Would you consider taking down the one-star rating now that it's fixed?", "take down rating", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "If you update your feedback to reflect the replacement, we'll refund the postage.", "update feedback for refund", None),
    ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "A quick five-star rating would mean the world to our little shop.", "five-star ask", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Please remove the negative comment and we'll send you a voucher.", "remove comment for voucher", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Could you edit your review once the new part arrives?", "edit review", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "We'll give you a full refund if you delete your feedback.", "refund for deletion", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Happy with it? Tell other buyers with a glowing review!", "glowing review", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Please don't rate us badly, talk to us first.", "don't rate badly", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Kindly revise your star rating now that the refund has gone through.", "revise rating", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "We'd be grateful if you rated us five stars.", "rate five stars", None),
    # thank-you only
    ("P", "ADDITIONAL_INFO_REQUIRED", ["THANK_YOU_ONLY"], "Just a quick note to say thanks for shopping with us.", "thanks only", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "We really appreciate your order and your trust in our small business.", "thanks only", None),
    ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Many thanks for choosing us, it means a lot to the whole team.", "thanks only", None),
    # phones
    ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Give us a ring on 020 7946 0958 and we'll sort it.", "give us a ring; plain", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "My mobile is seven seven zero zero nine zero zero four one two, plus 44 first.", "buyer number words", ["seven seven zero zero nine zero zero four one two", "seven seven zero zero", "four one two"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "You can reach me on +44 (0) 7700 900 412 during the day.", "buyer (0) trunk", ["+44 (0) 7700 900 412", "7700 900 412"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Number's 07700-900-412 if the driver gets lost.", "buyer hyphens", ["07700-900-412", "07700", "412"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Text me at 7700 nine hundred 412, thanks.", "buyer mixed digits words", ["7700 nine hundred 412"]),
    ("R", "REPLY", ["CONTACT_PHONE"], "Our direct line: +1 201 555 0147.", "direct line", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "call me: +1.201.555.0147", "buyer dots", ["+1.201.555.0147", "201.555.0147"]),
    # emails
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Send the invoice to sarah dot lee at outlook dot com please.", "buyer at/dot words", ["sarah dot lee at outlook dot com", "sarah dot lee"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "My address is s.lee (at) outlook (dot) com.", "buyer (at) (dot)", ["s.lee (at) outlook (dot) com", "s.lee"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "you can write to sarahlee [at] proton [dot] me", "buyer [at] [dot]", ["sarahlee [at] proton [dot] me", "sarahlee"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "My gmail is sarah.lee.1988, send the photos there.", "buyer my gmail is", ["sarah.lee.1988"]),
    ("R", "REPLY", ["CONTACT_EMAIL"], "Reply to orders at lumenworks dot co dot uk for the proofs.", "seller at/dot", None),
    # honest look-alikes
    ("R", "REPLY", [], "The courier will ring you about half an hour before he arrives.", "courier will ring", None),
    ("R", "REPLY", [], "Your purchase order 4500123456 is printed on the invoice.", "PO number", None),
    ("R", "REPLY", [], "The 15 % discount you were promised has been refunded as a partial refund of 6.30.", "partial refund", None),
    ("R", "REPLY", [], "The warranty already covers two years, so there's nothing extra to buy.", "warranty info", None),
    ("R", "REPLY", [], "The new collection point for your parcel is the post office on King Street.", "collection point", None),
    ("R", "REPLY", [], "Code E4 on the display means the filter needs a clean.", "error code", None),
    ("R", "REPLY", [], "Thanks for sending the photos, they helped us see where the crack started.", "thanks in answer", None),
    ("B", "BUYER_QUESTION", [], "The delivery driver can call me when he's outside, I'll be home all day.", "buyer driver call", None),
    ("R", "REPLY", [], "We checked the website of the carrier and it still shows the parcel in the depot.", "carrier website", None),
    ("R", "REPLY", [], "Gift wrapping is free of charge, as you asked at checkout.", "free of charge", None),
    ("R", "REPLY", [], "The third screw in the bag is a spare, you only need two.", "third screw", None),
    ("R", "REPLY", [], "Your rating of the courier is between you and the carrier; we only handle the refund.", "rating mention, no ask", None),
    ("P", "WARRANTY", [], "For warranty repairs the manufacturer's hotline is +44 20 7946 0958.", "warranty phone allowed", None),
]

# ------------------------------------------------------------------------------ Spanish
GREET["es"] = ["Hola Lucía:", "Buenos días, Sr. García:", "Estimado cliente:", "Hola Javier,", "Buenas tardes,"]
CLOSE["es"] = ["Un saludo,\nMarta", "Saludos cordiales,\nTextil Norte", "Atentamente,\nCerámica Sol", "Gracias,\nPablo",
               "Un abrazo,\nel equipo de Luz y Madera"]
CONTEXT["es"] = [
    "Su pedido salió esta mañana y debería llegar el jueves.",
    "Hemos revisado el lote y el cable de repuesto ya está embalado.",
    "La prueba del grabado está lista; las letras miden 4 mm como pidió.",
    "Ayer le devolvimos los gastos de envío al mismo método de pago.",
    "El filtro de recambio sirve para todos los modelos desde 2022.",
    "Perdone el retraso, estuvimos cerrados por el puente.",
]
SUBJECTS["es"] = ["Su pedido", "Re: Pieza que falta", "Novedades de su envío", "Re: Consulta sobre la talla", "Entrega"]
CASES["es"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "En nuestra tienda de Etsy tiene la misma lámpara más barata, busque Luz y Madera.", "tienda Etsy", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Si pone Cerámica Sol en Google, le sale directamente nuestra web.", "Google", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Escríbame por WhatsApp y lo resolvemos antes.", "WhatsApp", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "También estamos en Instagram, mándenos un mensaje privado allí.", "Instagram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Será más fácil seguir hablando por correo, fuera de la plataforma.", "fuera de la plataforma", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "La próxima vez pídalo desde nuestra página web y se ahorra las comisiones.", "página web", None),
    ("P", "UNEXPECTED_PROBLEM", ["OFF_PLATFORM"], "Contáctenos por Telegram si la pieza no llega.", "Telegram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Agrégueme en Facebook y le paso las fotos por allí.", "Facebook", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "En nuestra tienda online tenemos todo el catálogo y a mejor precio.", "tienda online", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Si me compra directamente a mí, le hago mejor precio.", "compra directa", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "¿Me puede escribir por WhatsApp mejor? Es más rápido para mí.", "comprador WhatsApp", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "¿Puedo comprarle directamente sin pasar por la plataforma?", "comprador compra directa", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Acaba de llegar nuestra colección de otoño, échele un vistazo antes de que se agote.", "colección nueva", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Si se lleva dos tazas, la tercera se la regalamos.", "tercera gratis", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Con cada pedido de esta semana le regalamos una bolsa de tela.", "regalo", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Por solo 9,99 € más le ampliamos la garantía a tres años.", "ampliar garantía", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Añádalo hoy a su carrito, el lunes vuelve a subir el precio.", "carrito", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Introduzca BIENVENIDA15 al pagar y ahorre en su próxima compra.", "código", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Recomiéndenos a un amigo y los dos recibirán 10 € de saldo.", "referidos", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Mañana empiezan nuestras rebajas con precios rebajados en toda la tienda.", "rebajas", None),
    ("P", "UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Acabamos de lanzar una edición limitada de pañuelos teñidos a mano.", "edición limitada", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Quienes compraron este hervidor también adoran nuestra tostadora a juego, ya disponible.", "venta cruzada", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Podría retirar la valoración de una estrella ahora que está solucionado?", "retirar valoración", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Si actualiza su opinión mencionando el reemplazo, le devolvemos el envío.", "actualizar opinión", None),
    ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Una valoración de cinco estrellas nos ayudaría muchísimo.", "cinco estrellas", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Borre el comentario negativo y le enviamos un vale.", "borrar comentario", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Podría modificar su reseña cuando le llegue la pieza nueva?", "modificar reseña", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le reembolsamos todo si elimina su opinión.", "reembolso por eliminar", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "¿Está contento? ¡Cuénteselo a otros compradores con una buena reseña!", "buena reseña", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Por favor, no nos valore mal, hable antes con nosotros.", "no valore mal", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le agradeceríamos que nos puntuara con cinco estrellas.", "puntuar cinco", None),
    ("P", "ADDITIONAL_INFO_REQUIRED", ["THANK_YOU_ONLY"], "Solo queríamos darle las gracias por comprar con nosotros.", "solo gracias", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Agradecemos mucho su pedido y la confianza en nuestro pequeño taller.", "solo gracias", None),
    ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Mil gracias por elegirnos, significa mucho para todo el equipo.", "solo gracias", None),
    ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Llámenos al 911 234 567 y lo vemos.", "llámenos; plain", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Mi móvil es seis uno dos tres cuatro cinco seis siete ocho.", "comprador en palabras", ["seis uno dos tres cuatro cinco seis siete ocho", "seis uno dos", "seis siete ocho"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Puede localizarme en el +34 612.345.678 por las mañanas.", "comprador puntos", ["+34 612.345.678", "612.345.678"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Mi número: 612-34-56-78, por si el repartidor se pierde.", "comprador guiones", ["612-34-56-78", "612", "56-78"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Mándeme un SMS al 612 345 seis siete ocho.", "comprador mixto", ["612 345 seis siete ocho"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Envíe la factura a lucia punto gomez arroba yahoo punto es, por favor.", "comprador arroba/punto", ["lucia punto gomez arroba yahoo punto es", "lucia punto gomez"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mi correo es l.gomez (arroba) hotmail (punto) com.", "comprador (arroba)", ["l.gomez (arroba) hotmail (punto) com", "l.gomez"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mi gmail es lucia.gomez.85, mándeme ahí las fotos.", "comprador mi gmail es", ["lucia.gomez.85"]),
    ("R", "REPLY", ["CONTACT_EMAIL"], "Escriba a pedidos arroba ceramicasol punto es para las pruebas.", "vendedor arroba", None),
    ("R", "REPLY", [], "El punto de recogida más cercano está en la calle Mayor 12.", "punto de recogida", None),
    ("R", "REPLY", [], "Su orden de compra 4500987654 figura en la factura.", "número de orden de compra", None),
    ("R", "REPLY", [], "El repartidor le llamará media hora antes de llegar.", "repartidor llamará", None),
    ("R", "REPLY", [], "Le hemos devuelto 12,50 € como reembolso parcial por el retraso.", "reembolso parcial", None),
    ("R", "REPLY", [], "En este punto del montaje conviene apretar los tornillos a mano.", "en este punto", None),
    ("R", "REPLY", [], "La garantía ya cubre dos años, no tiene que contratar nada más.", "garantía", None),
    ("R", "REPLY", [], "Gracias por las fotos, nos han ayudado a ver dónde empezó la grieta.", "gracias en respuesta", None),
    ("B", "BUYER_QUESTION", [], "El repartidor puede llamarme cuando llegue, estaré en casa todo el día.", "comprador repartidor", None),
    ("R", "REPLY", [], "El código de error E4 indica que hay que limpiar el filtro.", "código de error", None),
    ("R", "REPLY", [], "El envoltorio de regalo es gratuito, como pidió al comprar.", "envoltorio gratuito", None),
    ("R", "REPLY", [], "El punto de venta de Correos junto a su casa también acepta la devolución.", "punto de venta", None),
    ("P", "WARRANTY", [], "Para reparaciones en garantía, el servicio técnico del fabricante atiende en el 911 234 567.", "teléfono de garantía", None),
]

# ------------------------------------------------------------------------------ German
GREET["de"] = ["Hallo Frau Schulz,", "Guten Tag Herr Wagner,", "Liebe Kundin, lieber Kunde,", "Hallo Jonas,", "Moin,"]
CLOSE["de"] = ["Viele Grüße\nAnna", "Mit freundlichen Grüßen\nHolzwerk Bauer", "Beste Grüße\nLars", "Danke und Gruß\nMia",
               "Herzliche Grüße\nIhr Team von Lichtblick"]
CONTEXT["de"] = [
    "Ihre Lampe hat heute Morgen unsere Werkstatt verlassen und sollte am Donnerstag bei Ihnen sein.",
    "Ich habe die Chargennummer geprüft, das Ersatzkabel ist schon verpackt.",
    "Der Gravurentwurf ist fertig, die Buchstaben sind wie gewünscht 4 mm hoch.",
    "Die Versandkosten haben wir Ihnen gestern auf das ursprüngliche Zahlungsmittel erstattet.",
    "Der Ersatzfilter passt zu allen Modellen ab 2022.",
    "Entschuldigen Sie die späte Antwort, wir hatten über den Feiertag geschlossen.",
]
SUBJECTS["de"] = ["Ihre Bestellung", "AW: Fehlendes Teil", "Neuigkeiten zu Ihrer Sendung", "AW: Frage zur Größe", "Lieferung"]
CASES["de"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "In unserem Etsy-Laden gibt es dieselbe Lampe günstiger, suchen Sie einfach nach Lichtblick.", "Etsy-Laden", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Wenn Sie Holzwerk Bauer bei Google eingeben, landen Sie direkt auf unserer Seite.", "Google", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Schreiben Sie mir am besten auf WhatsApp, dann geht es schneller.", "WhatsApp", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "Wir sind auch auf Instagram, schicken Sie uns dort eine Direktnachricht.", "Instagram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Es wäre einfacher, wir machen per E-Mail weiter, außerhalb des Marktplatzes.", "außerhalb", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Beim nächsten Mal bestellen Sie einfach über unsere Webseite, dann sparen Sie die Gebühren.", "über Webseite bestellen", None),
    ("P", "UNEXPECTED_PROBLEM", ["OFF_PLATFORM"], "Melden Sie sich per Telegram, falls das Teil nicht ankommt.", "Telegram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Fügen Sie mich bei Facebook hinzu, dann schicke ich Ihnen die Fotos dort.", "Facebook", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "In unserem Webshop finden Sie das ganze Sortiment zu niedrigeren Preisen.", "Webshop", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Wenn Sie direkt bei mir kaufen, mache ich Ihnen einen besseren Preis.", "direkt kaufen", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Unseren Onlineshop erreichen Sie unter dem Namen der Werkstatt, dort ist alles günstiger.", "Onlineshop", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Können Sie mir lieber auf WhatsApp schreiben? Das ist für mich einfacher.", "Käufer WhatsApp", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Kann ich auch direkt bei Ihnen bestellen, ohne den Marktplatz?", "Käufer direkt", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Unsere Herbstkollektion ist gerade eingetroffen, schauen Sie vorbei, bevor alles weg ist.", "Herbstkollektion", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Wenn Sie zwei Tassen nehmen, schenken wir Ihnen die dritte.", "dritte geschenkt", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Zu jeder Bestellung diese Woche gibt es eine Stofftasche gratis dazu.", "gratis dazu", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Für nur 9,99 € mehr verlängern wir Ihre Garantie auf drei Jahre.", "Garantie verlängern", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Legen Sie die Lampe heute noch in den Warenkorb, ab Montag steigt der Preis wieder.", "Warenkorb", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Mit WILLKOMMEN15 an der Kasse sparen Sie bei Ihrem nächsten Einkauf.", "Code an der Kasse", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Empfehlen Sie uns einer Freundin, dann bekommen Sie beide 10 € Guthaben.", "Empfehlung", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Morgen startet unser Räumungsverkauf mit stark reduzierten Preisen im ganzen Shop.", "Räumungsverkauf", None),
    ("P", "UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Wir haben gerade eine limitierte Serie handgefärbter Schals herausgebracht.", "limitierte Serie", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Wer diesen Wasserkocher gekauft hat, liebt auch unseren passenden Toaster, jetzt wieder vorrätig.", "Cross-Selling", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Sichern Sie Ihren neuen Mixer mit unserem Drei-Jahres-Schutzpaket für nur 12 €.", "Schutzpaket", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Würden Sie die Ein-Stern-Bewertung entfernen, jetzt wo alles behoben ist?", "Bewertung entfernen", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wenn Sie Ihr Feedback aktualisieren und den Ersatz erwähnen, erstatten wir Ihnen das Porto.", "Feedback aktualisieren", None),
    ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Eine kurze Fünf-Sterne-Bewertung würde unserem kleinen Laden sehr helfen.", "Fünf-Sterne", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Löschen Sie den negativen Kommentar und wir schicken Ihnen einen Gutschein.", "Kommentar löschen", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Könnten Sie Ihre Rezension anpassen, sobald das neue Teil da ist?", "Rezension anpassen", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wir erstatten Ihnen den vollen Betrag, wenn Sie Ihre Bewertung zurückziehen.", "Erstattung gegen Rücknahme", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Sind Sie zufrieden? Dann erzählen Sie es anderen Käufern in einer begeisterten Rezension!", "begeisterte Rezension", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Bitte bewerten Sie uns nicht schlecht, sprechen Sie zuerst mit uns.", "nicht schlecht bewerten", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wir wären Ihnen dankbar, wenn Sie uns mit fünf Sternen bewerten.", "fünf Sterne bewerten", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Die negative Bewertung können Sie ja jetzt löschen, oder?", "Bewertung löschen (Frage)", None),
    ("P", "ADDITIONAL_INFO_REQUIRED", ["THANK_YOU_ONLY"], "Wir wollten uns nur kurz für Ihren Einkauf bei uns bedanken.", "nur Dank", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Wir wissen Ihre Bestellung und Ihr Vertrauen in unsere kleine Werkstatt sehr zu schätzen.", "nur Dank", None),
    ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Tausend Dank, dass Sie sich für uns entschieden haben, das freut das ganze Team.", "nur Dank", None),
    ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Rufen Sie uns einfach unter 030 12345678 an.", "rufen an; plain", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Meine Handynummer ist null eins sieben zwei vier vier fünf fünf sechs sechs sieben.", "Käufer Zahlwörter", ["null eins sieben zwei vier vier fünf fünf sechs sechs sieben", "null eins sieben zwei", "sechs sechs sieben"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Sie erreichen mich unter 0172 / 445 56 67 tagsüber.", "Käufer Schrägstrich", ["0172 / 445 56 67", "0172", "56 67"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Tel.: +49 (0)172 4455667, falls der Fahrer klingelt.", "Käufer (0)", ["+49 (0)172 4455667", "4455667"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Schicken Sie mir eine SMS an 0172 445 fünf fünf sechs sechs sieben.", "Käufer gemischt", ["0172 445 fünf fünf sechs sechs sieben"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Die Rechnung bitte an lena punkt schulz at gmx punkt de.", "Käufer at/punkt", ["lena punkt schulz at gmx punkt de", "lena punkt schulz"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Meine Adresse: l.schulz (ät) web (punkt) de", "Käufer (ät)", ["l.schulz (ät) web (punkt) de", "l.schulz"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mein Gmail ist lena.schulz.90, schicken Sie die Fotos dorthin.", "Käufer mein gmail", ["lena.schulz.90"]),
    ("R", "REPLY", ["CONTACT_EMAIL"], "Schreiben Sie an bestellung Klammeraffe lichtblick Punkt de für die Entwürfe.", "Verkäufer Klammeraffe", None),
    ("R", "REPLY", [], "Punkt 4 der Anleitung erklärt, wie der Filter gewechselt wird.", "Punkt 4", None),
    ("R", "REPLY", [], "Der Fahrer ruft Sie etwa eine halbe Stunde vorher an.", "Fahrer ruft an", None),
    ("R", "REPLY", [], "Ihre Bestellnummer der Einkaufsabteilung 4500123456 steht auf der Rechnung.", "PO-Nummer", None),
    ("R", "REPLY", [], "Die Gutschrift über 12,50 € für die Verspätung ist veranlasst.", "Gutschrift", None),
    ("R", "REPLY", [], "Die Garantie umfasst bereits zwei Jahre, Sie müssen nichts dazubuchen.", "Garantie", None),
    ("R", "REPLY", [], "Danke für die Fotos, so sehen wir, wo der Riss angefangen hat.", "Dank in Antwort", None),
    ("B", "BUYER_QUESTION", [], "Der Zusteller kann mich anrufen, wenn er da ist, ich bin den ganzen Tag zu Hause.", "Käufer Zusteller", None),
    ("R", "REPLY", [], "Fehlercode E4 im Display bedeutet, dass der Filter gereinigt werden muss.", "Fehlercode", None),
    ("R", "REPLY", [], "Die Geschenkverpackung ist kostenlos, wie an der Kasse gewünscht.", "Geschenkverpackung", None),
    ("R", "REPLY", [], "Die Packstation 112 in Ihrer Straße nimmt die Rücksendung ebenfalls an.", "Packstation", None),
    ("R", "REPLY", [], "Die dritte Schraube im Beutel ist Ersatz, Sie brauchen nur zwei.", "dritte Schraube", None),
    ("P", "WARRANTY", [], "Für Garantiereparaturen erreichen Sie die Hotline des Herstellers unter 030 12345678.", "Garantie-Hotline erlaubt", None),
]

# ------------------------------------------------------------------------------ French
GREET["fr"] = ["Bonjour Madame Leroy,", "Bonjour Monsieur Bernard,", "Chère cliente, cher client,", "Bonjour Julie,", "Bonsoir,"]
CLOSE["fr"] = ["Bien à vous,\nCamille", "Cordialement,\nL'Atelier du Bois", "Belle journée,\nHugo", "Merci et à bientôt,\nLéa",
               "Bien cordialement,\nl'équipe Lumière d'Argile"]
CONTEXT["fr"] = [
    "Votre lampe a quitté notre atelier ce matin et devrait arriver jeudi.",
    "J'ai vérifié le numéro de lot, le câble de remplacement est déjà emballé.",
    "Le bon à tirer de la gravure est prêt, les lettres font 4 mm comme demandé.",
    "Nous vous avons remboursé hier les frais de port sur votre moyen de paiement.",
    "Le filtre de rechange convient à tous les modèles depuis 2022.",
    "Excusez la réponse tardive, nous étions fermés pour le pont.",
]
SUBJECTS["fr"] = ["Votre commande", "Re : Pièce manquante", "Nouvelles de votre colis", "Re : Question sur la taille", "Livraison"]
CASES["fr"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "Sur notre boutique Etsy, la même lampe est moins chère, cherchez Lumière d'Argile.", "boutique Etsy", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Tapez L'Atelier du Bois dans Google et vous tomberez directement sur notre site.", "Google", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Envoyez-moi plutôt un message sur WhatsApp, ce sera plus rapide.", "WhatsApp", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["OFF_PLATFORM"], "Nous sommes aussi sur Instagram, écrivez-nous là-bas en message privé.", "Instagram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Ce serait plus simple de continuer par e-mail, en dehors de la plateforme.", "en dehors", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "La prochaine fois, commandez directement sur notre site internet et vous économiserez les frais.", "site internet", None),
    ("P", "UNEXPECTED_PROBLEM", ["OFF_PLATFORM"], "Contactez-nous sur Telegram si la pièce n'arrive pas.", "Telegram", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Ajoutez-moi sur Facebook et je vous envoie les photos là-bas.", "Facebook", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Sur notre e-boutique vous trouverez toute la gamme à des prix plus bas.", "e-boutique", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Si vous m'achetez directement, je vous fais un meilleur prix.", "achat direct", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Retrouvez-nous sur Facebook sous le nom de l'atelier.", "retrouvez-nous", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Pouvez-vous plutôt m'écrire sur WhatsApp ? C'est plus pratique pour moi.", "acheteur WhatsApp", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Est-ce que je peux vous l'acheter directement, sans passer par la plateforme ?", "acheteur direct", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Notre collection d'automne vient d'arriver, jetez-y un œil avant qu'elle ne soit épuisée.", "nouvelle collection", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Pour deux tasses achetées, la troisième vous est offerte.", "troisième offerte", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Pour toute commande cette semaine, un tote bag vous est offert.", "cadeau offert", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Pour seulement 9,99 € de plus, nous prolongeons votre garantie à trois ans.", "extension de garantie", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Ajoutez-la à votre panier dès aujourd'hui, le prix remonte lundi.", "panier", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Saisissez BIENVENUE15 lors du paiement et économisez sur votre prochain achat.", "code", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Parrainez une amie et vous recevrez toutes les deux 10 € de crédit.", "parrainage", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Nos soldes commencent demain avec des prix cassés dans toute la boutique.", "soldes", None),
    ("P", "UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Nous venons de sortir une série limitée d'écharpes teintes à la main.", "série limitée", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Les clients qui ont acheté cette bouilloire adorent aussi notre grille-pain assorti, de nouveau en stock.", "vente croisée", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Utilisez le bon de réduction MERCI10 sur votre prochaine commande.", "bon de réduction", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Pourriez-vous retirer l'avis à une étoile maintenant que c'est réglé ?", "retirer l'avis", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Si vous mettez à jour votre évaluation en mentionnant le remplacement, nous vous remboursons le port.", "mettre à jour l'évaluation", None),
    ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Une petite note de cinq étoiles aiderait énormément notre atelier.", "cinq étoiles", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Supprimez le commentaire négatif et nous vous envoyons un bon d'achat.", "supprimer commentaire", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Pourriez-vous modifier votre avis une fois la nouvelle pièce reçue ?", "modifier l'avis", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nous vous remboursons intégralement si vous effacez votre commentaire.", "remboursement contre effacement", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Satisfait ? Dites-le aux autres acheteurs avec un avis enthousiaste !", "avis enthousiaste", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "S'il vous plaît, ne nous notez pas mal, parlez-nous d'abord.", "ne notez pas mal", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nous vous serions reconnaissants de nous attribuer cinq étoiles.", "attribuer cinq étoiles", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "L'évaluation négative, vous pourriez la supprimer maintenant ?", "supprimer l'évaluation", None),
    ("P", "ADDITIONAL_INFO_REQUIRED", ["THANK_YOU_ONLY"], "Un petit mot pour vous remercier de votre achat chez nous.", "merci seul", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Nous apprécions beaucoup votre commande et votre confiance envers notre petit atelier.", "merci seul", None),
    ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Mille mercis de nous avoir choisis, cela compte beaucoup pour toute l'équipe.", "merci seul", None),
    ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Appelez-nous au 01 42 68 53 00 et on règle ça.", "appelez-nous; plain", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Mon portable : zéro six douze trente-quatre cinquante-six soixante-dix-huit.", "acheteur en paires", ["zéro six douze trente-quatre cinquante-six soixante-dix-huit", "zéro six douze", "soixante-dix-huit"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Vous pouvez me joindre au 06.12.34.56.78 en journée.", "acheteur points", ["06.12.34.56.78", "06.12", "56.78"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Mon numéro : +33 (0)6 12 34 56 78, si le livreur se perd.", "acheteur (0)", ["+33 (0)6 12 34 56 78", "12 34 56 78"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Envoyez-moi un SMS au 06 12 34 cinquante-six soixante-dix-huit.", "acheteur mixte", ["06 12 34 cinquante-six soixante-dix-huit"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "La facture à julie point leroy arobase free point fr, s'il vous plaît.", "acheteur arobase/point", ["julie point leroy arobase free point fr", "julie point leroy"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mon adresse : j.leroy (arobase) laposte (point) net", "acheteur (arobase)", ["j.leroy (arobase) laposte (point) net", "j.leroy"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mon gmail c'est julie.leroy.77, envoyez-y les photos.", "acheteur mon gmail", ["julie.leroy.77"]),
    ("R", "REPLY", ["CONTACT_EMAIL"], "Écrivez à commandes arobase atelierdubois point fr pour les épreuves.", "vendeur arobase", None),
    ("R", "REPLY", [], "Le point relais le plus proche est la librairie de la rue Victor Hugo.", "point relais", None),
    ("R", "REPLY", [], "Le livreur vous appellera une demi-heure avant son arrivée.", "livreur appellera", None),
    ("R", "REPLY", [], "Votre bon de commande 4500123456 figure sur la facture.", "numéro de bon de commande", None),
    ("R", "REPLY", [], "Nous vous avons remboursé 12,50 € à titre de remboursement partiel pour le retard.", "remboursement partiel", None),
    ("R", "REPLY", [], "À votre avis, la teinte claire conviendrait-elle mieux à votre salon ?", "à votre avis", None),
    ("R", "REPLY", [], "Vous avez reçu un avis de passage : le colis attend au bureau de poste.", "avis de passage", None),
    ("R", "REPLY", [], "La garantie couvre déjà deux ans, vous n'avez rien à ajouter.", "garantie", None),
    ("R", "REPLY", [], "Merci pour les photos, elles nous ont aidés à voir où la fissure a commencé.", "merci dans une réponse", None),
    ("B", "BUYER_QUESTION", [], "Le livreur peut m'appeler quand il arrive, je serai chez moi toute la journée.", "acheteur livreur", None),
    ("R", "REPLY", [], "Le code d'erreur E4 indique qu'il faut nettoyer le filtre.", "code d'erreur", None),
    ("R", "REPLY", [], "L'emballage cadeau est gratuit, comme demandé lors de la commande.", "emballage cadeau", None),
    ("R", "REPLY", [], "Le code de retrait du point relais vous a été envoyé par la poste.", "code de retrait", None),
    ("P", "WARRANTY", [], "Pour les réparations sous garantie, le service du fabricant répond au 01 42 68 53 00.", "téléphone garantie", None),
]

# ------------------------------------------------------------------------------ second round
# Written after the first round's rules, without running them first: how far the rules
# generalize to wordings they were not written for (their misses were then fixed the same
# general way).
CASES2 = {}
CASES2["en"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "Feel free to WhatsApp me the pictures, it's much quicker than this inbox.", "WhatsApp verb", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "We have a little Etsy shop as well where the prices are a bit lower.", "Etsy shop", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Just google Fern and Flax and you'll find our homepage.", "google us", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "If you'd rather deal with me directly next time, I can invoice you myself and skip the middleman.", "deal directly", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "You can pick up more of these from our site at a better rate.", "our site better rate", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Let's take this conversation to email, it's easier for me to attach files.", "take it to email", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Do you have a website where I can order directly?", "buyer website", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Can I just pay you by bank transfer and skip the platform?", "buyer skip platform", None),
    ("P", "UNEXPECTED_PROBLEM", ["OFF_PLATFORM"], "Send me a text and I'll call you back to explain.", "send a text", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Spend over 40 pounds this weekend and we'll throw in a free candle.", "spend over, free", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Buy three, pay for two, this week only.", "3 for 2", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Grab the matching pillowcases now at 20% less than usual.", "percent less", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Get 10 off your next order with code THANKYOU10.", "code next order", None),
    ("R", "REPLY", ["PROMOTIONAL"], "We'd recommend adding our 5-year protection cover for peace of mind, it's just 15 pounds.", "protection cover", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Our Christmas collection is now live in the shop.", "collection live", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Fancy a second one? We'll do it for half price.", "second half price", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Don't forget, our summer sale ends at midnight.", "sale ends", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Stock up now before the prices go up next month.", "stock up", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "It would really help us if you could bump your rating up to five stars.", "bump rating", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Any chance you could take that one-star review down?", "take review down", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "We'll send a replacement as soon as you've removed the negative feedback.", "replacement for removal", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Would you mind leaving us some positive feedback when you get a minute?", "positive feedback", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Please think about changing your review now that we've refunded you.", "changing review", None),
    ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Happy customers leaving 5-star reviews keep our small business going.", "5-star reviews", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Only leave a review if you're completely happy, otherwise email us first.", "review gating", None),
    ("P", "CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "Just wanted to say a big thank you for your purchase!", "thanks only", None),
    ("P", "RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Thank you so much for supporting a small family business.", "thanks only", None),
    ("R", "REPLY", ["CONTACT_PHONE"], "WhatsApp: +44 7700 900 412", "seller WhatsApp number", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "my number is 0 7 7 0 0 9 0 0 4 1 2", "buyer one digit at a time", ["0 7 7 0 0 9 0 0 4 1 2", "0 7 7 0 0", "4 1 2"]),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "ring me on oh seven seven oh oh nine oh oh four one two", "buyer oh for zero", ["oh seven seven oh oh nine oh oh four one two", "four one two"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Reply to sarah.lee AT gmail DOT com please.", "buyer AT DOT capitals", ["sarah.lee AT gmail DOT com", "sarah.lee"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "email: sarah.lee＠gmail．com", "buyer full-width", ["sarah.lee＠gmail．com", "sarah.lee"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "I'm sarah_lee on hotmail dot com if that's easier.", "buyer handle on provider", ["sarah_lee on hotmail dot com", "sarah_lee"]),
    ("R", "REPLY", [], "The technician will phone you to book a slot.", "technician will phone", None),
    ("R", "REPLY", [], "Your order 112-4455667-1234567 was split into two parcels.", "order id", None),
    ("R", "REPLY", [], "We don't offer discount codes, sorry, but the price already includes delivery.", "no discount codes", None),
    ("R", "REPLY", [], "We've updated the listing after your feedback, thanks for pointing it out.", "updated listing after feedback", None),
    ("R", "REPLY", [], "The second parcel is free of charge, there is nothing to pay.", "second parcel free", None),
    ("R", "REPLY", [], "If you change your mind about the colour, just tell us before Friday.", "change your mind", None),
    ("R", "REPLY", [], "The replacement is in stock again, so it ships tomorrow with DHL.", "back in stock for order", None),
]
CASES2["es"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "Si quiere, mándeme las fotos por WhatsApp, es mucho más rápido.", "WhatsApp", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "También tenemos una tiendita en Etsy con precios un poco más bajos.", "tiendita Etsy", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Busque Lino y Helecho en Google y verá nuestra página.", "Google", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "La próxima vez trate directamente conmigo y nos ahorramos la comisión.", "trato directo", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Sigamos la conversación por correo electrónico, así le adjunto los archivos.", "seguir por correo", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "¿Tienen página web donde pueda comprar directamente?", "comprador web", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "¿Le puedo pagar por transferencia y nos saltamos la plataforma?", "comprador saltar plataforma", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Si gasta más de 40 € este fin de semana, le regalamos una vela.", "gaste más, regalo", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Lleve tres y pague dos, solo esta semana.", "3x2", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Tiene 10 € de descuento en su próximo pedido con el código GRACIAS10.", "código próximo pedido", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Le recomendamos añadir nuestra cobertura de 5 años, por solo 15 € más.", "cobertura extra", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Ya está disponible en la tienda nuestra colección de Navidad.", "colección Navidad", None),
    ("R", "REPLY", ["PROMOTIONAL"], "¿Quiere un segundo? Se lo dejamos a mitad de precio.", "segundo a mitad", None),
    ("R", "REPLY", ["PROMOTIONAL"], "No lo olvide: nuestras rebajas de verano terminan esta noche.", "rebajas terminan", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nos ayudaría mucho que subiera su valoración a cinco estrellas.", "subir valoración", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Habría alguna posibilidad de que quitara la reseña de una estrella?", "quitar reseña", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le mandamos el repuesto en cuanto haya borrado la opinión negativa.", "repuesto por borrar", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "¿Le importaría dejarnos una opinión positiva cuando tenga un momento?", "opinión positiva", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Deje una reseña solo si está totalmente satisfecho; si no, escríbanos antes.", "filtrado de reseñas", None),
    ("P", "CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "¡Solo queríamos darle un enorme gracias por su compra!", "solo gracias", None),
    ("P", "RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Muchísimas gracias por apoyar a un pequeño negocio familiar.", "solo gracias", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "mi número es 6 1 2 3 4 5 6 7 8", "comprador dígito a dígito", ["6 1 2 3 4 5 6 7 8", "6 1 2", "6 7 8"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Respóndame a lucia.gomez ARROBA gmail PUNTO com.", "comprador ARROBA mayúsculas", ["lucia.gomez ARROBA gmail PUNTO com", "lucia.gomez"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "correo: lucia.gomez＠gmail．com", "comprador ancho completo", ["lucia.gomez＠gmail．com", "lucia.gomez"]),
    ("R", "REPLY", [], "El técnico le llamará para concertar una cita.", "técnico llamará", None),
    ("R", "REPLY", [], "No ofrecemos códigos de descuento, lo sentimos, pero el precio ya incluye el envío.", "sin códigos", None),
    ("R", "REPLY", [], "Hemos actualizado el anuncio gracias a su comentario.", "actualizado tras comentario", None),
    ("R", "REPLY", [], "Si cambia de opinión sobre el color, avísenos antes del viernes.", "cambiar de opinión", None),
    ("R", "REPLY", [], "El segundo paquete no tiene coste, no tiene que pagar nada.", "segundo paquete", None),
    ("R", "REPLY", [], "En ese punto de la instalación, desconecte la corriente.", "en ese punto", None),
]
CASES2["de"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "Schicken Sie mir die Bilder gern per WhatsApp, das geht viel schneller.", "WhatsApp", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Wir haben auch einen kleinen Etsy-Shop, dort sind die Preise etwas niedriger.", "Etsy-Shop", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Googeln Sie einfach Farn und Flachs, dann finden Sie unsere Homepage.", "googeln", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Nächstes Mal können wir das direkt unter uns regeln, ohne die Gebühren des Marktplatzes.", "direkt regeln", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Lassen Sie uns per E-Mail weitermachen, da kann ich Dateien anhängen.", "per E-Mail weiter", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Haben Sie eine Webseite, auf der ich direkt bestellen kann?", "Käufer Webseite", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Kann ich Ihnen das Geld einfach überweisen und wir lassen die Plattform weg?", "Käufer Plattform umgehen", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Wer an diesem Wochenende über 40 € ausgibt, bekommt eine Kerze geschenkt.", "ab 40 € geschenkt", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Nimm drei, zahl zwei – nur diese Woche.", "3 für 2", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Mit dem Code DANKE10 sparen Sie 10 € bei der nächsten Bestellung.", "Code nächste Bestellung", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Wir empfehlen Ihnen unseren 5-Jahres-Schutz dazu, kostet nur 15 € extra.", "Schutz dazu", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Unsere Weihnachtskollektion ist jetzt im Shop.", "Weihnachtskollektion", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Möchten Sie ein zweites? Das bekommen Sie bei uns zum halben Preis.", "zweites halber Preis", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Nicht vergessen: Unser Sommersale endet heute um Mitternacht.", "Sommersale", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Es würde uns sehr helfen, wenn Sie Ihre Bewertung auf fünf Sterne hochsetzen.", "hochsetzen", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Besteht die Chance, dass Sie die Ein-Stern-Rezension herausnehmen?", "herausnehmen", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Das Ersatzteil schicken wir los, sobald die negative Bewertung gelöscht ist.", "Ersatz nach Löschung", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Hätten Sie kurz Zeit, uns ein positives Feedback zu geben?", "positives Feedback", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Bewerten Sie uns nur, wenn Sie rundum zufrieden sind, sonst melden Sie sich vorher bei uns.", "Bewertungsfilter", None),
    ("P", "CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "Wir wollten einfach ein großes Dankeschön für Ihren Kauf sagen!", "nur Dank", None),
    ("P", "RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Herzlichen Dank, dass Sie einen kleinen Familienbetrieb unterstützen.", "nur Dank", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "meine Nummer ist 0 1 7 2 4 4 5 5 6 6 7", "Käufer Ziffer für Ziffer", ["0 1 7 2 4 4 5 5 6 6 7", "0 1 7 2", "6 6 7"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Antworten Sie bitte an lena.schulz AT gmx PUNKT de.", "Käufer AT PUNKT", ["lena.schulz AT gmx PUNKT de", "lena.schulz"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mail: lena.schulz＠gmx．de", "Käufer Vollbreite", ["lena.schulz＠gmx．de", "lena.schulz"]),
    ("R", "REPLY", [], "Der Techniker ruft Sie an, um einen Termin zu vereinbaren.", "Techniker ruft an", None),
    ("R", "REPLY", [], "Rabattcodes bieten wir leider nicht an, der Preis enthält aber schon den Versand.", "keine Rabattcodes", None),
    ("R", "REPLY", [], "Wir haben die Artikelbeschreibung nach Ihrem Feedback geändert, danke für den Hinweis.", "Beschreibung geändert", None),
    ("R", "REPLY", [], "Das zweite Paket ist für Sie kostenlos, Sie müssen nichts bezahlen.", "zweites Paket kostenlos", None),
    ("R", "REPLY", [], "Wenn Sie es sich mit der Farbe anders überlegen, sagen Sie bis Freitag Bescheid.", "anders überlegen", None),
    ("R", "REPLY", [], "Der Ersatz ist wieder vorrätig und geht morgen mit DHL raus.", "wieder vorrätig", None),
]
CASES2["fr"] = [
    ("R", "REPLY", ["OFF_PLATFORM"], "N'hésitez pas à m'envoyer les photos par WhatsApp, c'est bien plus rapide.", "WhatsApp", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Nous avons aussi une petite boutique Etsy où les prix sont un peu plus bas.", "boutique Etsy", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Cherchez Fougère et Lin sur Google, vous trouverez notre site.", "Google", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "La prochaine fois, on peut traiter directement entre nous, sans les frais de la plateforme.", "entre nous", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Continuons par e-mail, je pourrai vous joindre les fichiers.", "continuer par e-mail", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Avez-vous un site où je peux commander directement ?", "acheteur site", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Je peux vous payer par virement et on se passe de la plateforme ?", "acheteur virement", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Pour plus de 40 € d'achat ce week-end, une bougie vous est offerte.", "dès 40 € offert", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Trois achetés, deux payés, cette semaine seulement.", "3 pour 2", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Profitez de 10 € de remise sur votre prochaine commande avec le code MERCI10.", "code remise", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Nous vous conseillons d'ajouter notre protection 5 ans, seulement 15 € de plus.", "protection 5 ans", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Notre collection de Noël est désormais en ligne dans la boutique.", "collection de Noël", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Envie d'un deuxième ? Nous vous le faisons à moitié prix.", "deuxième moitié prix", None),
    ("R", "REPLY", ["PROMOTIONAL"], "N'oubliez pas : nos soldes d'été se terminent ce soir à minuit.", "soldes se terminent", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Cela nous aiderait beaucoup si vous passiez votre note à cinq étoiles.", "passer à cinq étoiles", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Y aurait-il une chance que vous retiriez l'avis à une étoile ?", "retirer l'avis", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nous vous envoyons la pièce dès que l'avis négatif aura été supprimé.", "pièce contre suppression", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Auriez-vous un instant pour nous laisser un commentaire positif ?", "commentaire positif", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Ne laissez un avis que si vous êtes pleinement satisfait, sinon écrivez-nous d'abord.", "filtrage des avis", None),
    ("P", "CONFIRM_CUSTOMIZATION_DETAILS", ["THANK_YOU_ONLY"], "Nous tenions simplement à vous dire un grand merci pour votre achat !", "merci seul", None),
    ("P", "RETURN_REFUND_INFO", ["THANK_YOU_ONLY"], "Merci infiniment de soutenir une petite entreprise familiale.", "merci seul", None),
    ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "mon numéro est le 0 6 1 2 3 4 5 6 7 8", "acheteur chiffre par chiffre", ["0 6 1 2 3 4 5 6 7 8", "0 6 1 2", "7 8"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Répondez à julie.leroy AROBASE free POINT fr svp.", "acheteur AROBASE majuscules", ["julie.leroy AROBASE free POINT fr", "julie.leroy"]),
    ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "mail : julie.leroy＠free．fr", "acheteur pleine chasse", ["julie.leroy＠free．fr", "julie.leroy"]),
    ("R", "REPLY", [], "Le technicien vous appellera pour fixer un rendez-vous.", "technicien appellera", None),
    ("R", "REPLY", [], "Nous ne proposons pas de codes promo, désolés, mais le prix comprend déjà la livraison.", "pas de codes promo", None),
    ("R", "REPLY", [], "Nous avons modifié la fiche produit suite à votre commentaire, merci de l'avoir signalé.", "fiche modifiée", None),
    ("R", "REPLY", [], "Le deuxième colis est gratuit pour vous, vous n'avez rien à payer.", "deuxième colis gratuit", None),
    ("R", "REPLY", [], "Si vous changez d'avis pour la couleur, prévenez-nous avant vendredi.", "changer d'avis", None),
    ("R", "REPLY", [], "La pièce de rechange est de nouveau en stock et part demain avec Colissimo.", "de nouveau en stock", None),
]

# ------------------------------------------------------------------------------ third round
# Honest look-alikes where everyday words are also rule words (valoración = assessment,
# código postal, oferta, regalo, opinión, punto, tienda física, web of the carrier), and
# more promotional and review paraphrases; written before running the rules on them.
CASES3 = {}
CASES3["es"] = [
    ("R", "REPLY", [], "La valoración de los daños la hace el transportista en un plazo de 48 horas.", "valoración = tasación", None),
    ("R", "REPLY", [], "Revise el código postal, porque el 28013 no corresponde a esa calle.", "código postal", None),
    ("R", "REPLY", [], "Le ofrecemos el reembolso completo o un cambio por otra talla, lo que prefiera.", "ofrecemos reembolso", None),
    ("R", "REPLY", [], "El envoltorio de regalo y la tarjeta con su dedicatoria ya van dentro del paquete.", "envoltorio de regalo", None),
    ("R", "REPLY", [], "En nuestra opinión el fallo viene del cargador, así que le mandamos uno nuevo.", "en nuestra opinión", None),
    ("R", "REPLY", [], "Puede recogerlo en nuestra tienda física de la calle Alcalá de lunes a sábado.", "tienda física", None),
    ("R", "REPLY", [], "En la web de Correos verá el estado del envío con el número que le pasamos.", "web de Correos", None),
    ("R", "REPLY", [], "El descuento del 10 % que acordamos ya se le ha devuelto en la tarjeta.", "descuento devuelto", None),
    ("R", "REPLY", [], "Tiene toda la razón con su comentario sobre el embalaje; lo reforzaremos.", "comentario embalaje", None),
    ("R", "REPLY", [], "Los dos primeros cojines ya salieron; el tercero va mañana por separado.", "tercero va mañana", None),
    ("R", "REPLY", [], "Este modelo es nuevo y la colección de repuestos aún no está en el catálogo del fabricante.", "nuevo modelo", None),
    ("R", "REPLY", [], "La oferta de recogida de la mensajería es de 9 a 14 h, ¿le viene bien?", "oferta de recogida", None),
    ("P", "UNEXPECTED_PROBLEM", [], "Lamentamos el retraso: el proveedor nos entregó tarde la tela. Su pedido sale el lunes.", "retraso", None),
    ("B", "BUYER_QUESTION", [], "¿Me podrían llamar desde el servicio técnico de la marca? No sé si lo cubre la garantía.", "comprador pide llamada del servicio técnico", None),
    ("R", "REPLY", [], "El número de seguimiento es 1Z999AA10123456784 y la entrega está prevista para el punto de recogida.", "seguimiento y punto", None),
    ("R", "REPLY", [], "Gracias por su valoración del problema; con las fotos ya podemos tramitar el cambio.", "gracias por su valoración (análisis)", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Aproveche ahora: todo el catálogo está con un 25 % menos hasta el domingo.", "25 % menos", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Por la compra de dos fundas le regalamos la tercera.", "tercera de regalo", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Suscríbase a nuestro boletín y llévese un 10 % en su primer pedido.", "boletín", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Si nos deja cinco estrellas le hacemos un descuento en la próxima compra.", "estrellas por descuento", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Sería posible que rectificara su valoración ahora que todo funciona?", "rectificar valoración", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Pásese por nuestra web, allí tenemos más modelos y mejores precios.", "nuestra web", None),
]
CASES3["en"] = [
    ("R", "REPLY", [], "The assessment of the damage is done by the carrier within 48 hours.", "assessment", None),
    ("R", "REPLY", [], "Please check the postcode, SW1A 1AA doesn't match that street.", "postcode", None),
    ("R", "REPLY", [], "We can offer a full refund or an exchange for another size, whichever you prefer.", "offer refund", None),
    ("R", "REPLY", [], "In our opinion the fault comes from the charger, so we're sending a new one.", "our opinion", None),
    ("R", "REPLY", [], "You can collect it from our physical shop on Mill Lane from Monday to Saturday.", "physical shop", None),
    ("R", "REPLY", [], "You're right about the packaging, we'll use thicker boxes from now on.", "packaging comment", None),
    ("R", "REPLY", [], "The first two cushions have shipped; the third goes out tomorrow separately.", "third goes tomorrow", None),
    ("B", "BUYER_QUESTION", [], "Could the manufacturer's service team call me? I'm not sure the warranty covers it.", "buyer asks manufacturer call", None),
    ("R", "REPLY", [], "Thanks for your honest review, we've passed the note about the zip to our workshop.", "thanks for review, no ask", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Treat yourself: everything in the shop is 25% cheaper until Sunday.", "25% cheaper", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Sign up to our newsletter and take 10% off your first order.", "newsletter", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Leave us five stars and we'll knock something off your next purchase.", "stars for discount", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Is there any way you could correct your rating now that everything works?", "correct rating", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Pop over to our website, we have more models and better prices there.", "pop over to website", None),
]
CASES3["de"] = [
    ("R", "REPLY", [], "Die Bewertung des Schadens übernimmt der Spediteur innerhalb von 48 Stunden.", "Bewertung = Schadensgutachten", None),
    ("R", "REPLY", [], "Bitte prüfen Sie die Postleitzahl, 10115 passt nicht zu dieser Straße.", "Postleitzahl", None),
    ("R", "REPLY", [], "Wir bieten Ihnen die volle Erstattung oder einen Umtausch in eine andere Größe an.", "Angebot Erstattung", None),
    ("R", "REPLY", [], "Nach unserer Einschätzung liegt der Fehler am Ladegerät, wir schicken ein neues.", "Einschätzung", None),
    ("R", "REPLY", [], "Sie können es in unserem Ladengeschäft in der Mühlenstraße abholen.", "Ladengeschäft", None),
    ("R", "REPLY", [], "Mit Ihrem Kommentar zur Verpackung haben Sie recht, wir nehmen ab jetzt dickere Kartons.", "Kommentar Verpackung", None),
    ("R", "REPLY", [], "Die ersten zwei Kissen sind unterwegs, das dritte geht morgen separat raus.", "drittes morgen", None),
    ("B", "BUYER_QUESTION", [], "Kann mich der Kundendienst des Herstellers anrufen? Ich weiß nicht, ob die Garantie das abdeckt.", "Käufer Herstelleranruf", None),
    ("R", "REPLY", [], "Danke für Ihre ehrliche Bewertung, den Hinweis zum Reißverschluss geben wir an die Werkstatt weiter.", "Dank für Bewertung, keine Bitte", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Gönnen Sie sich was: Bis Sonntag ist alles im Shop 25 % günstiger.", "25 % günstiger", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Melden Sie sich für unseren Newsletter an und sparen Sie 10 % bei der ersten Bestellung.", "Newsletter", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Für fünf Sterne gibt es bei der nächsten Bestellung einen Nachlass.", "Sterne gegen Nachlass", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Gibt es eine Möglichkeit, dass Sie Ihre Bewertung korrigieren, jetzt wo alles funktioniert?", "Bewertung korrigieren", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Schauen Sie doch auf unserer Webseite vorbei, dort gibt es mehr Modelle und bessere Preise.", "Webseite vorbei", None),
]
CASES3["fr"] = [
    ("R", "REPLY", [], "L'évaluation des dégâts est faite par le transporteur sous 48 heures.", "évaluation des dégâts", None),
    ("R", "REPLY", [], "Vérifiez le code postal, 75011 ne correspond pas à cette rue.", "code postal", None),
    ("R", "REPLY", [], "Nous vous proposons le remboursement complet ou un échange contre une autre taille.", "proposition remboursement", None),
    ("R", "REPLY", [], "À notre avis, le défaut vient du chargeur, nous vous en envoyons un neuf.", "à notre avis", None),
    ("R", "REPLY", [], "Vous pouvez le retirer dans notre boutique physique, rue du Moulin, du lundi au samedi.", "boutique physique", None),
    ("R", "REPLY", [], "Votre remarque sur l'emballage est juste, nous utiliserons des cartons plus épais.", "remarque emballage", None),
    ("R", "REPLY", [], "Les deux premiers coussins sont partis, le troisième part demain séparément.", "troisième demain", None),
    ("B", "BUYER_QUESTION", [], "Le service client du fabricant peut-il m'appeler ? Je ne sais pas si la garantie le couvre.", "acheteur appel fabricant", None),
    ("R", "REPLY", [], "Merci pour votre avis sincère, nous transmettons la remarque sur la fermeture à l'atelier.", "merci pour l'avis, pas de demande", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Faites-vous plaisir : jusqu'à dimanche, toute la boutique est 25 % moins chère.", "25 % moins cher", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Inscrivez-vous à notre newsletter et profitez de 10 % sur votre première commande.", "newsletter", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Pour cinq étoiles, nous vous offrons une remise sur la prochaine commande.", "étoiles contre remise", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Serait-il possible de rectifier votre note maintenant que tout fonctionne ?", "rectifier la note", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Passez sur notre site, nous y avons plus de modèles et de meilleurs prix.", "passez sur notre site", None),
]

# ------------------------------------------------------------------------------ fourth round
# More intent paraphrases (German and French first), thanks-only and redundant
# confirmations; written before running the rules on them.
CASES4 = {}
CASES4["de"] = [
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wäre es möglich, die Sternebewertung noch einmal zu überdenken?", "überdenken", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Als Dankeschön für eine Bewertung bekommen Sie von uns 5 € zurück.", "Geld für Bewertung", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Lassen Sie doch ein paar nette Worte und fünf Sterne da!", "nette Worte und Sterne", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Die schlechte Bewertung ist für uns als kleinen Laden sehr schmerzhaft, vielleicht könnten Sie sie entfernen.", "entfernen (höflich)", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wir ersetzen Ihnen das Gerät, wenn Sie im Gegenzug Ihre Rezension anpassen.", "im Gegenzug", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Übrigens: Ab sofort gibt es unsere Kerzen auch im Dreierpack zum Sonderpreis.", "Sonderpreis", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Bei Ihrer nächsten Bestellung schenken wir Ihnen die Versandkosten und 15 % Rabatt.", "Rabatt nächste Bestellung", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Schon gesehen? Unsere neuen Frühlingsdüfte sind eingetroffen.", "neue Düfte", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Mit einer Garantieverlängerung um zwei Jahre sind Sie für nur 7 € auf der sicheren Seite.", "Garantieverlängerung", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Wenn Sie gleich zwei bestellen, gibt es das zweite zum halben Preis.", "zweites halber Preis", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Am einfachsten bestellen Sie künftig über unseren eigenen Shop, da sparen wir beide die Gebühren.", "eigener Shop", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Schreiben Sie uns doch direkt an die Adresse auf der Rechnung.", "direkt an die Adresse", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Haben Sie Instagram? Dann schicke ich Ihnen dort ein Video vom Fehler.", "Käufer Instagram", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Ein herzliches Dankeschön für Ihre Treue, wir freuen uns sehr über Kundinnen wie Sie.", "nur Dank", None),
    ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Ihre Bestellung ist bei uns eingegangen und wird in Kürze versendet.", "Bestätigung", None),
    ("R", "REPLY", [], "Ihre Bewertung der Lieferung geben wir an DHL weiter, dort wird der Fall geprüft.", "Bewertung weitergeben", None),
    ("R", "REPLY", [], "Wir haben die Rezension gelesen und verstehen Ihren Ärger über die Verspätung.", "Rezension gelesen", None),
    ("R", "REPLY", [], "Der Sonderpreis von 19,90 € gilt für Ihre bereits bezahlte Bestellung, wir erstatten die Differenz.", "Sonderpreis erstattet", None),
    ("R", "REPLY", [], "Die neue Kollektion an Ersatzbezügen kommt vom Hersteller erst im März, Ihr Bezug ist reserviert.", "neue Kollektion Ersatz", None),
    ("R", "REPLY", [], "Die Gebrauchsanleitung steht auch als PDF auf der Webseite des Herstellers.", "Webseite des Herstellers", None),
]
CASES4["fr"] = [
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Serait-il envisageable de reconsidérer votre note ?", "reconsidérer la note", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Pour vous remercier d'un avis, nous vous rembourserons 5 €.", "argent contre avis", None),
    ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Laissez-nous quelques mots gentils et cinq étoiles !", "mots gentils et étoiles", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Cet avis négatif nous fait beaucoup de tort, peut-être pourriez-vous le retirer.", "le retirer", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nous remplaçons l'appareil si, en contrepartie, vous modifiez votre commentaire.", "en contrepartie", None),
    ("R", "REPLY", ["PROMOTIONAL"], "D'ailleurs, nos bougies existent désormais en lot de trois à prix spécial.", "prix spécial", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Sur votre prochaine commande, nous vous offrons la livraison et 15 % de remise.", "remise prochaine commande", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Vous avez vu ? Nos nouveaux parfums de printemps sont arrivés.", "nouveaux parfums", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Avec deux ans de garantie supplémentaire, vous êtes tranquille pour seulement 7 €.", "garantie supplémentaire", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Si vous en commandez deux, le second est à moitié prix.", "second moitié prix", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Le plus simple à l'avenir : commandez sur notre propre boutique, on économise tous les deux les frais.", "propre boutique", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Écrivez-nous directement à l'adresse indiquée sur la facture.", "directement à l'adresse", None),
    ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Vous avez Instagram ? Je vous y enverrai une vidéo du défaut.", "acheteur Instagram", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Un immense merci pour votre fidélité, des clientes comme vous nous font chaud au cœur.", "merci seul", None),
    ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Votre commande a bien été reçue et sera expédiée sous peu.", "confirmation", None),
    ("R", "REPLY", [], "Nous transmettons votre évaluation de la livraison à Colissimo, qui examinera le dossier.", "évaluation transmise", None),
    ("R", "REPLY", [], "Nous avons lu votre avis et comprenons votre agacement face au retard.", "avis lu", None),
    ("R", "REPLY", [], "Le prix spécial de 19,90 € s'applique à votre commande déjà payée, nous remboursons la différence.", "prix spécial remboursé", None),
    ("R", "REPLY", [], "La nouvelle collection de housses de rechange n'arrive du fabricant qu'en mars ; la vôtre est réservée.", "nouvelle collection rechange", None),
    ("R", "REPLY", [], "Le mode d'emploi est aussi disponible en PDF sur le site du fabricant.", "site du fabricant", None),
]
CASES4["es"] = [
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Podría plantearse reconsiderar su puntuación?", "reconsiderar puntuación", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Como agradecimiento por una reseña, le devolvemos 5 €.", "dinero por reseña", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le cambiamos el aparato si, a cambio, modifica su comentario.", "a cambio", None),
    ("R", "REPLY", ["PROMOTIONAL"], "Por cierto, ahora nuestras velas vienen también en packs de tres a precio especial.", "precio especial", None),
    ("R", "REPLY", ["PROMOTIONAL"], "En su próximo pedido le regalamos el envío y un 15 % de descuento.", "descuento próximo pedido", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "¿Ya lo ha visto? Han llegado nuestros nuevos aromas de primavera.", "nuevos aromas", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Lo más cómodo en adelante es que pida en nuestra propia tienda y los dos nos ahorramos las comisiones.", "propia tienda", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Escríbanos directamente a la dirección que figura en la factura.", "directamente a la dirección", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Un enorme gracias por su fidelidad, clientas como usted nos alegran el día.", "solo gracias", None),
    ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Hemos recibido su pedido y lo enviaremos en breve.", "confirmación", None),
    ("R", "REPLY", [], "Trasladamos su valoración de la entrega a Correos, que revisará el caso.", "valoración trasladada", None),
    ("R", "REPLY", [], "El precio especial de 19,90 € se aplica a su pedido ya pagado; le devolvemos la diferencia.", "precio especial devuelto", None),
    ("R", "REPLY", [], "El manual también está en PDF en la web del fabricante.", "web del fabricante", None),
]
CASES4["en"] = [
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "Would you be open to reconsidering your score?", "reconsider score", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "As a thank-you for a review we'll send you 5 pounds back.", "money for review", None),
    ("R", "REPLY", ["REVIEW_MANIPULATION"], "We'll replace the unit if, in return, you amend your comment.", "in return", None),
    ("R", "REPLY", ["PROMOTIONAL"], "By the way, our candles now come in packs of three at a special price.", "special price", None),
    ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Have you seen? Our new spring scents have arrived.", "new scents", None),
    ("R", "REPLY", ["OFF_PLATFORM"], "Easiest from now on is to order through our own shop, we both save on fees.", "own shop", None),
    ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "A huge thank you for your loyalty, customers like you make our day.", "thanks only", None),
    ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "We've received your order and it will ship shortly.", "confirmation", None),
    ("R", "REPLY", [], "We're passing your rating of the delivery on to the carrier, who will look into it.", "rating passed on", None),
    ("R", "REPLY", [], "The special price of 19.90 applies to your order already paid, so we refunded the difference.", "special price refunded", None),
    ("R", "REPLY", [], "The manual is also available as a PDF on the manufacturer's website.", "manufacturer website", None),
]

# ------------------------------------------------------------------------------ fifth round
# Honest guards for the concept cues: closings, buyers' own accounts, "send directly" of
# goods, "mention the order number", "reply if", prices "for the price of 59 €".
CASES5 = {
    "en": [
        ("B", "BUYER_QUESTION", [], "I can't find my order in my account, could you check it?", "buyer own account", None),
        ("R", "REPLY", [], "Please mention your order number in your message to the carrier.", "mention order number", None),
        ("R", "REPLY", [], "We hope you'll like them, the colours came out really well.", "hope you'll like them", None),
        ("R", "REPLY", [], "Please review the attached proof and let us know if we should change anything.", "review the proof", None),
    ],
    "es": [
        ("B", "BUYER_QUESTION", [], "No encuentro mi pedido en mi cuenta, ¿pueden revisarlo?", "comprador su cuenta", None),
        ("R", "REPLY", [], "Responda si prefiere que le cambiemos la talla o que le devolvamos el dinero.", "responda si", None),
        ("R", "REPLY", [], "Vale, le mando el número RMA123 para la devolución.", "vale + RMA", None),
        ("B", "BUYER_QUESTION", [], "Mándenme directamente el repuesto, no hace falta devolver nada.", "mándenme el repuesto", None),
    ],
    "de": [
        ("B", "BUYER_QUESTION", [], "Ich finde meine Sendung nicht in meinem Konto, können Sie nachsehen?", "Käufer eigenes Konto", None),
        ("R", "REPLY", [], "Ihr Ersatzteil ist ab sofort wieder verfügbar und geht morgen raus.", "ab sofort verfügbar", None),
        ("R", "REPLY", [], "Die Rücksendung ist gerade bei uns angekommen, die Erstattung folgt.", "gerade angekommen", None),
        ("B", "BUYER_QUESTION", [], "Schicken Sie mir das Ersatzteil bitte direkt, ich brauche es dringend.", "Ersatzteil direkt schicken", None),
    ],
    "fr": [
        ("R", "REPLY", [], "Nous vous remercions de votre patience.\n\nNos meilleures salutations", "nos meilleures salutations", None),
        ("B", "BUYER_QUESTION", [], "Je ne trouve pas ma commande dans mon compte, pouvez-vous vérifier ?", "acheteur son compte", None),
        ("R", "REPLY", [], "Nous l'avons vendu pour le prix de 59 €, frais de port compris.", "pour le prix de 59 €", None),
        ("B", "BUYER_QUESTION", [], "Envoyez directement la pièce de rechange, je n'ai rien à renvoyer.", "envoyez directement la pièce", None),
    ],
}

# ------------------------------------------------------------------------------ sixth round
# The categories issue 12 lists, in all four languages, written before running the rules on
# them (third pass): phones with slashes, Unicode dashes, other scripts' digits, number words
# and digits mixed with words, in the subject, a buyer's valid number after "call us"
# (reported as a phone and redacted whole); addresses split by <br>, (punkt)/arobase/point
# words, "my gmail is <handle>", spelled-out addresses redacted whole; "search our shop on
# Google", Etsy/eBay shops; promotions and French coupons; review edits and trades; thanks
# only; <picture><source srcset>; and the honest look-alikes (punto de recogida/venta, a
# 10-digit purchase-order number, "the driver can call me"). An optional seventh element
# sets the subject ("subject") or forces an HTML body ("html").
CASES6 = {
    "en": [
        ("R", "REPLY", ["CONTACT_PHONE"], "The workshop number is 0161/496/0753 if the courier can't find us.", "phone with slashes", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Give me a ring on 07700\u2012900\u2012123 and we'll sort it out.", "phone with figure dashes", None),
        ("B", "BUYER_QUESTION", ["CONTACT_PHONE", "OFF_PLATFORM"], "Text me on WhatsApp, \u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660 \u0664\u0665\u0666.", "buyer Arabic-Indic digits",
         ["\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660 \u0664\u0665\u0666", "\u0660\u0667\u0667\u0660\u0660", "\u0664\u0665\u0666"]),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Call us on 212 five five five 0 one nine eight, we're in until six.", "digits mixed with words", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Your parcel is on its way, see the tracking link in your order page.", "phone in subject", None, {"subject": "Questions? Call 415-555-0172"}),
        ("B", "BUYER_QUESTION", ["CONTACT_PHONE", "OFF_PLATFORM"], "You can call us on (646) 555-0199 after 6pm, my husband will be home.", "buyer call us valid number",
         ["(646) 555-0199", "(646)", "0199"]),
        ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Please send the invoice to mark.owens@<br>outlook.com instead of the old one.", "buyer address split by br",
         ["mark.owens", "owens@"], {"html": True}),
        ("R", "REPLY", ["CONTACT_EMAIL"], "If anything is missing, my gmail is peter.hollis77, I check it every evening.", "my gmail is handle", None),
        ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Reach me at anna dot k dot baker at yahoo dot co dot uk if that's easier.", "buyer spelled-out address",
         ["anna dot k dot baker", "anna dot k", "baker at yahoo"]),
        ("R", "REPLY", ["OFF_PLATFORM"], "If you pop Oakridge Candles into Google you'll find our other shop with the bigger jars.", "Google our shop", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "We also sell these on eBay as oakridge_candles, a little cheaper there.", "eBay handle", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Our spring arrivals are in, have a look before the best colours go.", "new arrivals", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Buy two candles and the third is half price until Sunday.", "buy 2 third half price", None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Fancy an extended three-year warranty? It's only 7 pounds extra.", "warranty upsell", None),
        ("R", "REPLY", ["PROMOTIONAL"], "A free sample set comes with every order over 30 pounds this month.", "free gift", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Any chance you could bump your rating up to five stars now it works?", "bump rating", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "We'll send a free replacement if you take the review down.", "replacement for removal", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "If you're happy with the lamp, a positive review would really help us out.", "positive review ask", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Thanks again for your purchase, we hope you enjoy it!", "thanks only", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REMOTE_IMAGE"], "<picture><source srcset=\"https://img.oakridge-candles.com/spring.webp\" type=\"image/webp\"><img src=\"https://img.oakridge-candles.com/spring.jpg\" alt=\"Spring jars\"></picture>", "picture source", None, {"html": True}),
        ("R", "REPLY", ["TRACKING_PIXEL"], "<picture style=\"display:none\"><source srcset=\"https://t.mailstats.net/o/8812.gif\"></picture>", "hidden picture source", None, {"html": True}),
        ("R", "REPLY", [], "Your purchase order number 4500218734 is printed on the invoice.", "10-digit PO number", None),
        ("B", "BUYER_QUESTION", [], "The driver can call me when he's outside, the bell doesn't work.", "buyer driver call", None),
        ("B", "BUYER_QUESTION", [], "I found your shop on Google and ordered here, is the lamp still coming Friday?", "buyer found on Google", None),
        ("R", "REPLY", [], "Please call the courier on the number in their text message if the time slot doesn't suit you.", "call the courier", None),
        ("R", "REPLY", [], "We don't run discount codes, but the price already includes delivery.", "no codes", None),
        ("R", "REPLY", [], "Thanks for the photos; the replacement ships on Monday, 2026-03-16.", "thanks in answer", None),
    ],
    "es": [
        ("R", "REPLY", ["CONTACT_PHONE"], "El teléfono de la tienda es el 91/555/23/48, de lunes a viernes.", "teléfono con barras", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Llámenos al 612\u2013345\u2013789 y lo solucionamos enseguida.", "guiones largos", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Escríbame por WhatsApp al \u06f6\u06f1\u06f2 \u06f3\u06f4\u06f5 \u06f6\u06f7\u06f8.", "cifras árabes orientales", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Mi móvil es el seis uno dos, 34 56 78, por si acaso.", "cifras y palabras", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Su pedido ya está en camino, le llegará el jueves.", "teléfono en el asunto", None, {"subject": "Dudas: tel. 93 456 78 90"}),
        ("B", "BUYER_QUESTION", ["CONTACT_PHONE", "OFF_PLATFORM"], "Pueden llamarnos al 612 98 76 54 por la tarde, estamos en casa.", "comprador llámennos",
         ["612 98 76 54", "612 98", "76 54"]),
        ("R", "REPLY", ["CONTACT_EMAIL", "OFF_PLATFORM"], "Escríbanos a pedidos arroba lacasita punto es y le enviamos el catálogo.", "arroba/punto", None),
        ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mi correo es lucia.fdez<br>@gmail.com, mándenme ahí la factura.", "comprador dirección partida por br",
         ["lucia.fdez", "fdez"], {"html": True}),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Si lo prefiere, mi gmail es javier.ortega82 y le contesto antes.", "mi gmail es", None),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Puede escribir a ventas(arroba)muebles-ribera(punto)com para el presupuesto.", "(arroba)(punto)", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Búsquenos en Google como Cerámica Ribera y verá nuestra tienda online.", "buscar en Google", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "También tenemos tienda en Etsy con más modelos y mejores precios.", "tienda en Etsy", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Acaba de llegar la nueva colección de primavera, ¡no se la pierda!", "nueva colección", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Compre dos cojines y el tercero le sale gratis esta semana.", "tercero gratis", None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Use el cupón VERANO15 en su próxima compra y ahorre un 15 %.", "cupón", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Por solo 9 € más le ampliamos la garantía a tres años.", "garantía ampliada", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Podría quitar la valoración negativa ahora que ya lo tiene?", "quitar valoración", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Si borra el comentario, le devolvemos los gastos de envío.", "devolución por borrar", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Nos ayudaría muchísimo una reseña de cinco estrellas.", "reseña cinco estrellas", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "¡Gracias de nuevo por confiar en nosotros! Esperamos que lo disfrute.", "solo gracias", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Solo queríamos darle las gracias por su pedido.", "solo gracias", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REMOTE_IMAGE"], "<p>Así queda montada:</p><picture><source srcset=\"https://fotos.ceramica-ribera.es/montaje-800.webp 800w, https://fotos.ceramica-ribera.es/montaje-1600.webp 1600w\"></picture>", "picture source", None, {"html": True}),
        ("R", "REPLY", [], "Puede recoger el paquete en el punto de recogida de la calle Mayor a partir de las 10.", "punto de recogida", None),
        ("R", "REPLY", [], "Nuestro punto de venta en Valencia tiene la misma referencia en exposición.", "punto de venta", None),
        ("R", "REPLY", [], "Su número de pedido de compra 4500331298 aparece en la factura.", "pedido de compra de 10 cifras", None),
        ("B", "BUYER_QUESTION", [], "El repartidor puede llamarme cuando llegue, estaré en casa toda la mañana.", "comprador repartidor", None),
        ("R", "REPLY", [], "En este punto lo mejor es esperar a que el transportista lo intente de nuevo.", "en este punto", None),
    ],
    "de": [
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Rufen Sie uns einfach unter 0171/2345678 an, dann klären wir das.", "Schrägstrich", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Mobil: 0151\u20112345\u20116789 (auch am Wochenende).", "geschützte Bindestriche", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Meine Nummer ist null eins fünf eins, zwei drei vier fünf, sechs sieben acht neun.", "Zahlwörter", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Sie erreichen mich unter null eins sieben null, zwölf, vierunddreißig, sechsundfünfzig, achtundsiebzig.", "Zahlwörter paarweise", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Handy 0176 neun acht sieben, 65 43 21, falls etwas fehlt.", "Ziffern und Wörter gemischt", None),
        ("B", "BUYER_QUESTION", ["CONTACT_PHONE"], "Meine Nummer für Rückfragen: \u0660\u0661\u0667\u0666 \u0669\u0668\u0667\u0666\u0665\u0664\u0663\u0662.", "Käufer arabisch-indische Ziffern",
         ["\u0660\u0661\u0667\u0666 \u0669\u0668\u0667\u0666\u0665\u0664\u0663\u0662", "\u0660\u0661\u0667\u0666", "\u0669\u0668\u0667\u0666\u0665\u0664\u0663\u0662"]),
        ("R", "REPLY", ["CONTACT_PHONE"], "Ihr Paket ist unterwegs und kommt voraussichtlich am Donnerstag.", "Telefon im Betreff", None, {"subject": "Rückruf bitte: 0176 98765432"}),
        ("B", "BUYER_QUESTION", ["CONTACT_PHONE", "OFF_PLATFORM"], "Sie können uns gern unter 089 12345678 anrufen, wir sind ab 17 Uhr da.", "Käufer rufen Sie uns an",
         ["089 12345678", "089 1234", "12345678"]),
        ("R", "REPLY", ["CONTACT_EMAIL", "OFF_PLATFORM"], "Schreiben Sie uns direkt an kontakt(at)holzwerk-bauer(punkt)de, dann geht es schneller.", "(at)(punkt)", None),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Die Maße schicke ich gern an bestellung Klammeraffe gartenhaus punkt de.", "Klammeraffe", None),
        ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Die Rechnung bitte an j.krueger<br>@web.de schicken, danke.", "Käufer Adresse mit br",
         ["j.krueger", "krueger"], {"html": True}),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Mein Gmail ist jonas.krueger91, da antworte ich schneller.", "mein Gmail ist", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Googeln Sie einfach nach Holzwerk Bauer, dann finden Sie unseren eigenen Shop.", "googeln", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Bei eBay finden Sie uns als holzwerk_bauer, dort ist es etwas günstiger.", "eBay-Name", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Bestellen Sie künftig am besten direkt über unseren Etsy-Shop.", "Etsy-Shop", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Unsere neue Herbstkollektion ist ab sofort online!", "neue Kollektion", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Beim Kauf von zwei Kissen gibt es das dritte gratis dazu.", "drittes gratis", None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Mit dem Gutscheincode HERBST10 sparen Sie bei der nächsten Bestellung 10 %.", "Gutscheincode", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Legen Sie es am besten noch heute in den Warenkorb, ab Montag wird es teurer.", "Warenkorb heute", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Könnten Sie die negative Bewertung entfernen, jetzt wo alles geklärt ist?", "Bewertung entfernen", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wenn Sie Ihre Bewertung anpassen, erstatten wir Ihnen die Versandkosten.", "Erstattung gegen Änderung", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Über eine Fünf-Sterne-Bewertung würden wir uns sehr freuen.", "fünf Sterne", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Vielen herzlichen Dank für Ihren Einkauf bei uns!", "nur Dank", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Wir möchten uns einfach nur für Ihre Bestellung bedanken.", "nur Dank", None),
        ("R", "REPLY", ["TRACKING_PIXEL"], "<p>Viele Grüße</p><picture><source srcset=\"https://track.newsmail.de/p/55123.png\" width=\"1\" height=\"1\"><img src=\"https://track.newsmail.de/p/55123.png\" width=\"1\" height=\"1\" alt=\"\"></picture>", "1x1 im picture", None, {"html": True}),
        ("R", "REPLY", [], "Ihre Bestellnummer laut Einkauf (PO) 4500123987 steht auf der Rechnung.", "PO-Nummer 10-stellig", None),
        ("B", "BUYER_QUESTION", [], "Der Fahrer kann mich anrufen, wenn er da ist, die Klingel ist kaputt.", "Käufer Fahrer anrufen", None),
        ("R", "REPLY", [], "Siehe Punkt 4 der Anleitung: erst die Schrauben lösen, dann den Deckel abnehmen.", "Punkt 4", None),
        ("R", "REPLY", [], "Die Zustellung erfolgt zwischen 10–12 Uhr, die Sendungsnummer ist 00340434161234567890.", "Zeitfenster und Sendungsnummer", None),
    ],
    "fr": [
        ("R", "REPLY", ["CONTACT_PHONE"], "Notre téléphone : 06/12/34/56/78, du lundi au samedi.", "barres obliques", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Appelez-nous au 01\u201042\u201068\u201053\u201000, nous réglerons ça.", "traits d'union Unicode", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Mon portable : zéro sept, quatre-vingt-dix-neuf, vingt-deux, onze, quarante-quatre.", "nombres en lettres", None),
        ("R", "REPLY", ["CONTACT_PHONE"], "Le numéro de l'atelier est le 06 douze 34 cinquante-six 78.", "chiffres et lettres mêlés", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Écrivez-nous sur WhatsApp au \u0660\u0666 \u0661\u0662 \u0663\u0664 \u0665\u0666 \u0667\u0668.", "chiffres arabes", None),
        ("R", "REPLY", ["CONTACT_PHONE", "OFF_PLATFORM"], "Votre colis a été remis au transporteur ce matin.", "téléphone dans l'objet", None, {"subject": "Appelez-moi au 06 98 76 54 32"}),
        ("B", "BUYER_QUESTION", ["CONTACT_PHONE", "OFF_PLATFORM"], "Vous pouvez nous appeler au 06 87 65 43 21 après 18 h.", "acheteur appelez-nous",
         ["06 87 65 43 21", "06 87", "43 21"]),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Pour le devis, c'est contact arobase atelier-lumiere point fr.", "arobase point", None),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Envoyez les photos à boutique(arobase)savonnerie(point)fr, merci.", "(arobase)(point)", None),
        ("B", "BUYER_QUESTION", ["CONTACT_EMAIL"], "Mon adresse : claire.dumont<br>@orange.fr, envoyez-y la facture svp.", "acheteur adresse coupée par br",
         ["claire.dumont", "dumont"], {"html": True}),
        ("R", "REPLY", ["CONTACT_EMAIL"], "Mon gmail c'est claire.dumont64, je réponds plus vite là-bas.", "mon gmail c'est", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Tapez Savonnerie du Lac sur Google, vous trouverez notre site et tous nos parfums.", "Google", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Retrouvez-nous aussi sur Etsy, la boutique s'appelle SavonnerieDuLac.", "Etsy", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Profitez du code promo AUTOMNE15 sur votre prochaine commande.", "code promo", None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Avec le bon de réduction MERCI10, vous avez -10 % sur tout le site.", "bon de réduction", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Notre nouvelle collection vient d'arriver, venez la découvrir !", "nouvelle collection", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Deux savons achetés, le troisième offert jusqu'à dimanche.", "troisième offert", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Pour 8 € de plus, nous prolongeons la garantie à trois ans.", "extension de garantie", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Pourriez-vous retirer votre avis négatif maintenant que le problème est réglé ?", "retirer l'avis", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Si vous supprimez votre commentaire, nous vous remboursons les frais de port.", "remboursement contre suppression", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Une note de cinq étoiles nous aiderait énormément.", "cinq étoiles", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Merci encore pour votre achat, à très bientôt !", "merci seulement", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Un grand merci pour votre confiance.", "merci seulement", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REMOTE_IMAGE"], "<p>Le montage en image :</p><picture><source media=\"(min-width: 600px)\" srcset=\"https://images.savonnerie-du-lac.fr/montage.webp\"><img src=\"https://images.savonnerie-du-lac.fr/montage.jpg\" alt=\"montage\"></picture>", "picture source", None, {"html": True}),
        ("R", "REPLY", [], "Votre bon de commande n° 4500776123 figure sur la facture.", "bon de commande 10 chiffres", None),
        ("B", "BUYER_QUESTION", [], "Le livreur peut m'appeler en arrivant, l'interphone ne marche pas.", "acheteur livreur", None),
        ("R", "REPLY", [], "Le colis vous attend au point relais, le code de retrait figure dans l'avis de passage.", "point relais", None),
        ("R", "REPLY", [], "Nous ne proposons pas de code promo, mais la livraison est déjà offerte sur cette commande.", "pas de code", None),
    ],
}

# ------------------------------------------------------------------------------ seventh round
# More intent paraphrases (off-platform, promotions, review asks, thanks only, redundant
# confirmations) and honest messages whose everyday words are rule words (Bewertung des
# Gutachters, ausverkauft, valoración del técnico, note de crédit, bundle, sale is final);
# written before running the rules on them.
CASES7 = {
    "en": [
        ("R", "REPLY", ["OFF_PLATFORM"], "Our Shopify store has the full colour range if you'd rather order there.", "Shopify store", None),
        ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Can we continue this on Telegram? It's easier for me than this inbox.", "buyer Telegram", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Honestly it's simpler if you pay me by bank transfer and we skip the site.", "skip the site", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Heads up: everything in the shop is 25% off this weekend only.", "weekend sale", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Bundle it with the matching stand and save 10 pounds.", "bundle saving", None),
        ("P", "UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "While you wait, why not treat yourself to our new scented range?", "new range", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Once you've had a chance to try it, we'd love five stars from you.", "five stars", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "If you could change that two-star rating we'd happily send a spare set of wicks.", "rating change for goods", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION", "PROMOTIONAL"], "Leave us a review and get 10% off your next order!", "review for discount", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Thank you so much for your order, it made our day!", "thanks only", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Just confirming that your order has been received and is being processed.", "confirmation", None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Good news: your parcel has been shipped!", "shipped confirmation", None),
        ("R", "REPLY", [], "Google Maps still shows our old depot, but the parcel went to the new address.", "Google Maps mention", None),
        ("R", "REPLY", [], "The sale is final for engraved items, but a faulty one can of course come back.", "sale is final", None),
        ("R", "REPLY", [], "The rating plate is on the back of the unit; the model number starts with LX.", "rating plate", None),
        ("R", "REPLY", [], "The free replacement is on its way, no need to send the old one back.", "free replacement", None),
        ("B", "BUYER_QUESTION", [], "Could you add a gift note to the parcel? It's for my mum's birthday.", "buyer gift note", None),
        ("R", "REPLY", [], "The bundle you ordered includes two stands and the charger.", "bundle contents", None),
        ("P", "UNEXPECTED_PROBLEM", [], "Sorry, the blue version is out of stock. We can send the grey one on Monday or refund you, which would you prefer?", "honest proactive", None),
    ],
    "es": [
        ("R", "REPLY", ["OFF_PLATFORM"], "Si prefiere, puede comprarlo directamente en nuestra web, sin comisiones.", "web propia", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Hablemos mejor por WhatsApp, que es más rápido.", "WhatsApp", None),
        ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "¿Me pueden escribir por Instagram? Allí estoy más pendiente.", "comprador Instagram", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Este fin de semana tiene un 20 % de descuento en toda la tienda.", "descuento tienda", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Si añade la funda a juego, le hacemos un precio especial.", "venta cruzada", None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Le regalamos los gastos de envío en su próximo pedido.", "envío gratis próximo pedido", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Cuando lo pruebe, ¿nos dejaría cinco estrellas?", "cinco estrellas", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le mandamos otro de regalo si cambia su opinión a positiva.", "regalo por cambiar opinión", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "¡Su opinión cuenta! Déjenos una valoración en la tienda.", "pedir valoración", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Muchísimas gracias por su compra, ¡es un placer tenerle como cliente!", "solo gracias", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Le confirmamos que hemos recibido su pedido correctamente.", "confirmación", None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Su paquete ya ha sido enviado.", "confirmación de envío", None),
        ("R", "REPLY", [], "El punto de entrega de Correos está junto a la farmacia de la plaza.", "punto de entrega", None),
        ("R", "REPLY", [], "Le hemos devuelto 4,95 € de los portes, que no debimos cobrarle.", "devolución de portes", None),
        ("R", "REPLY", [], "La valoración del técnico es que el motor está bien y solo falla el interruptor.", "valoración del técnico", None),
        ("B", "BUYER_QUESTION", [], "¿Pueden pedir al repartidor que llame al timbre dos veces? El de abajo no suena bien.", "comprador timbre", None),
        ("R", "REPLY", [], "Su nuevo número de seguimiento es 1Z999AA10123456784.", "seguimiento UPS", None),
        ("P", "UNEXPECTED_PROBLEM", [], "Lamentablemente el color arena está agotado. ¿Prefiere el gris o el reembolso?", "proactivo honesto", None),
        ("R", "REPLY", [], "El regalo para su hermana irá envuelto y sin factura dentro, como pidió.", "regalo envuelto", None),
    ],
    "de": [
        ("R", "REPLY", ["OFF_PLATFORM"], "Am einfachsten bestellen Sie künftig direkt bei uns im Onlineshop.", "eigener Onlineshop", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Schreiben Sie mir lieber per WhatsApp, das geht schneller.", "WhatsApp", None),
        ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "Können wir das über Telegram klären? Das ist für mich einfacher.", "Käufer Telegram", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Nur dieses Wochenende: 20 % auf das gesamte Sortiment!", "Wochenendrabatt", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Zu Ihrer Lampe passt übrigens unser neuer Schirm, jetzt zum Einführungspreis.", "Cross-Selling", None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], "Bei Ihrer nächsten Bestellung schenken wir Ihnen die Versandkosten.", "Versand geschenkt", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wenn Sie zufrieden sind, freuen wir uns über fünf Sterne.", "fünf Sterne", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wir schicken Ihnen gern einen Gutschein, wenn Sie die Bewertung nochmal überdenken.", "Gutschein gegen Bewertung", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Ihre Meinung zählt: Bewerten Sie uns jetzt mit wenigen Klicks!", "Bewertungsbitte", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Herzlichen Dank für Ihr Vertrauen und Ihren Einkauf!", "nur Dank", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Hiermit bestätigen wir den Eingang Ihrer Bestellung.", "Eingangsbestätigung", None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Ihr Paket wurde soeben versandt.", "Versandbestätigung", None),
        ("R", "REPLY", [], "Die Bewertung des Schadens durch den Gutachter dauert etwa eine Woche.", "Bewertung des Schadens", None),
        ("R", "REPLY", [], "Den zu viel berechneten Betrag von 4,90 € haben wir Ihnen erstattet.", "Erstattung", None),
        ("B", "BUYER_QUESTION", [], "Kann der Bote bei den Nachbarn klingeln, falls ich nicht da bin?", "Käufer Nachbarn", None),
        ("R", "REPLY", [], "Die EAN 4006381333931 steht auf dem Etikett unten am Karton.", "EAN", None),
        ("R", "REPLY", [], "Bei Fragen zur Zustellung rufen Sie bitte direkt bei DHL an, die Sendung liegt dort.", "beim Versender anrufen", None),
        ("P", "UNEXPECTED_PROBLEM", [], "Leider ist die Farbe Sand ausverkauft. Möchten Sie Grau oder lieber eine Erstattung?", "ausverkauft", None),
        ("R", "REPLY", [], "Das Geschenkpapier ist kostenlos, wie Sie es bei der Bestellung gewünscht haben.", "Geschenkpapier kostenlos", None),
    ],
    "fr": [
        ("R", "REPLY", ["OFF_PLATFORM"], "Vous pouvez aussi commander directement sur notre site, sans frais de plateforme.", "notre site", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Contactez-moi plutôt sur WhatsApp, c'est plus simple.", "WhatsApp", None),
        ("B", "BUYER_QUESTION", ["OFF_PLATFORM"], "On peut continuer sur Messenger ? C'est plus pratique pour moi.", "acheteur Messenger", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Ce week-end seulement, -20 % sur toute la boutique !", "promo week-end", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Avec le code BIENVENUE, la livraison vous est offerte sur votre prochaine commande.", "code livraison offerte", None),
        ("P", "UNEXPECTED_PROBLEM", ["PROMOTIONAL"], "Découvrez nos nouveautés de printemps, elles viennent d'arriver.", "nouveautés", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Si vous êtes satisfait, cinq étoiles nous feraient très plaisir.", "cinq étoiles", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nous vous offrons un bon d'achat si vous modifiez votre note.", "bon d'achat contre note", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Votre avis compte : notez-nous en quelques clics !", "notez-nous", None),
        ("P", "CONFIRM_DELIVERY_DETAILS", ["THANK_YOU_ONLY"], "Merci infiniment pour votre commande, toute l'équipe vous remercie !", "merci seulement", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Nous vous confirmons la bonne réception de votre commande.", "confirmation", None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Votre colis vient d'être expédié.", "confirmation d'envoi", None),
        ("R", "REPLY", [], "Selon l'avis du technicien, la pièce est simplement mal fixée.", "avis du technicien", None),
        ("R", "REPLY", [], "La note de crédit correspondante est jointe à ce message.", "note de crédit", None),
        ("B", "BUYER_QUESTION", [], "Le livreur peut sonner chez la voisine si je ne suis pas là.", "acheteur voisine", None),
        ("R", "REPLY", [], "Le remboursement de 12,50 € tient compte de la remise obtenue lors de la commande.", "remise déjà obtenue", None),
        ("P", "UNEXPECTED_PROBLEM", [], "Malheureusement, le coloris sable est épuisé. Préférez-vous le gris ou un remboursement ?", "proactif honnête", None),
        ("R", "REPLY", [], "Le numéro de commande fournisseur 4500998877 figure sur le bon de livraison.", "commande fournisseur 10 chiffres", None),
        ("R", "REPLY", [], "Le point de collecte le plus proche se trouve au 12 rue des Lilas.", "point de collecte", None),
    ],
}

# ------------------------------------------------------------------------------ eighth round
# Review asks and trades, promotions, thanks only and confirmations in other words, and
# honest buyer messages with numbers, carriers and mail words (flags and redactions are
# false blocks too); written before running the rules on them.
CASES8 = {
    "en": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Would you be willing to amend what you wrote about us now that the refund is through?", "amend what you wrote", None),
        ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Loved your order? Spare a minute to tell others with a few stars.", "few stars", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "We can knock 20% off your next order in return for an honest review.", "discount for review", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Before you post anything negative, please give us a chance to put it right.", "before negative", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Our best-sellers are back in stock, grab yours while you can.", "back in stock urgency", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Tip: the refill pack works out cheaper, and it's 15% off until Friday.", "refill offer", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Spend another 10 pounds and shipping is on us.", "spend threshold", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "We just wanted to say a big thank you for supporting a small family business.", "thanks only", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "This is to let you know your order is confirmed and will be dispatched soon.", "confirmation", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "We're easier to reach on Insta, just search for our shop name.", "Insta", None),
        ("B", "BUYER_QUESTION", [], "My order number is 204-3345567-1122334 and the tracking says delivered, but nothing is here.", "buyer order id", None),
        ("B", "BUYER_QUESTION", [], "I never got the confirmation email, could you send the invoice here in the messages?", "buyer confirmation email", None),
        ("B", "BUYER_QUESTION", [], "The courier left a card saying to call them to rebook, should I do that or will you?", "buyer courier card", None),
        ("B", "BUYER_QUESTION", [], "Please leave it with my neighbour at number 14 if I'm out.", "buyer neighbour", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Feel free to leave the review you think is fair; we'll send the replacement either way.", "review ask without a trade (still an ask)", None),
        ("R", "REPLY", [], "Our returns address is Unit 4, Mill Lane, Leeds LS12 6AB.", "returns address", None),
    ],
    "es": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "¿Le importaría corregir lo que escribió sobre nosotros ahora que ya tiene el reembolso?", "corregir lo escrito", None),
        ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "¿Le ha gustado? Dedíquenos un minuto y cuente su experiencia con unas estrellas.", "unas estrellas", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "A cambio de una reseña sincera le descontamos un 20 % en el próximo pedido.", "descuento por reseña", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Antes de publicar una opinión negativa, denos la oportunidad de arreglarlo.", "antes de opinión negativa", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Nuestros más vendidos vuelven a estar disponibles, ¡aproveche ahora!", "más vendidos", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Consejo: el pack de recambios sale más barato y hasta el viernes tiene un 15 % de descuento.", "pack recambios oferta", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Si gasta 10 € más, el envío corre de nuestra cuenta.", "umbral de gasto", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Solo queríamos agradecerle de corazón que apoye a un pequeño negocio familiar.", "solo gracias", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Le escribimos para informarle de que su pedido está confirmado y saldrá pronto.", "confirmación", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Por Insta nos localiza antes, busque el nombre de la tienda.", "Insta", None),
        ("B", "BUYER_QUESTION", [], "Mi número de pedido es 402-3345567-1122334 y el seguimiento dice entregado, pero aquí no hay nada.", "comprador número de pedido", None),
        ("B", "BUYER_QUESTION", [], "No me llegó el correo de confirmación, ¿me pueden mandar la factura por aquí?", "comprador correo de confirmación", None),
        ("B", "BUYER_QUESTION", [], "El mensajero dejó un aviso para llamarles y concertar otra entrega, ¿lo hago yo o ustedes?", "comprador aviso del mensajero", None),
        ("B", "BUYER_QUESTION", [], "Si no estoy, déjenlo en el portal 14, con la vecina del segundo.", "comprador vecina", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Deje la valoración que le parezca justa; le enviamos el repuesto de todos modos.", "pedir valoración sin intercambio (sigue siendo pedirla)", None),
        ("R", "REPLY", [], "Nuestra dirección de devoluciones es calle Alcalá 120, 28009 Madrid.", "dirección de devoluciones", None),
    ],
    "de": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wären Sie bereit, Ihren Text über uns zu korrigieren, jetzt wo die Erstattung da ist?", "Text korrigieren", None),
        ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Hat es Ihnen gefallen? Nehmen Sie sich eine Minute und erzählen Sie anderen davon, gern mit Sternen.", "mit Sternen", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Für eine ehrliche Rezension ziehen wir Ihnen 20 % von der nächsten Bestellung ab.", "Rabatt für Rezension", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Bevor Sie etwas Negatives schreiben, geben Sie uns bitte die Chance, es zu richten.", "bevor negativ", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Unsere Bestseller sind wieder da, schnell zugreifen!", "Bestseller", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Tipp: Das Nachfüllpack ist günstiger und bis Freitag 15 % reduziert.", "Nachfüllpack reduziert", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Ab 10 € mehr Bestellwert übernehmen wir den Versand.", "Mindestbestellwert", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Wir wollten Ihnen einfach von Herzen danken, dass Sie einen kleinen Familienbetrieb unterstützen.", "nur Dank", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Wir möchten Sie informieren, dass Ihre Bestellung bestätigt ist und bald verschickt wird.", "Bestätigung", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Auf Insta erreichen Sie uns schneller, suchen Sie einfach nach unserem Shopnamen.", "Insta", None),
        ("B", "BUYER_QUESTION", [], "Meine Bestellnummer ist 302-3345567-1122334, laut Sendungsverfolgung zugestellt, aber hier ist nichts.", "Käufer Bestellnummer", None),
        ("B", "BUYER_QUESTION", [], "Ich habe keine Bestätigungsmail bekommen, können Sie mir die Rechnung hier schicken?", "Käufer Bestätigungsmail", None),
        ("B", "BUYER_QUESTION", [], "Der Zusteller hat eine Karte dagelassen, ich soll dort anrufen, um neu zu terminieren. Machen Sie das oder ich?", "Käufer Benachrichtigungskarte", None),
        ("B", "BUYER_QUESTION", [], "Falls ich nicht da bin, bitte bei Nachbarin Hausnummer 14 abgeben.", "Käufer Nachbarin", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Bewerten Sie uns so, wie Sie es fair finden; das Ersatzteil schicken wir so oder so.", "Bewertungsbitte ohne Tausch (trotzdem eine Bitte)", None),
        ("R", "REPLY", [], "Unsere Retourenadresse lautet Mühlenweg 4, 50667 Köln.", "Retourenadresse", None),
    ],
    "fr": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Accepteriez-vous de corriger ce que vous avez écrit sur nous maintenant que vous êtes remboursé ?", "corriger ce que vous avez écrit", None),
        ("P", "SEND_INVOICE", ["REVIEW_MANIPULATION"], "Vous avez aimé ? Prenez une minute pour le raconter avec quelques étoiles.", "quelques étoiles", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "En échange d'un avis sincère, nous vous offrons 20 % sur la prochaine commande.", "remise contre avis", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Avant de publier un avis négatif, laissez-nous une chance d'arranger les choses.", "avant un avis négatif", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Nos meilleures ventes sont de retour, dépêchez-vous !", "meilleures ventes", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["PROMOTIONAL"], "Astuce : le lot de recharges revient moins cher et il est à -15 % jusqu'à vendredi.", "lot de recharges promo", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Encore 10 € d'achat et la livraison est pour nous.", "seuil de livraison", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Nous tenions simplement à vous remercier du fond du cœur de soutenir une petite entreprise familiale.", "merci seulement", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Nous vous informons que votre commande est confirmée et partira bientôt.", "confirmation", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Sur Insta on nous trouve plus vite, cherchez simplement le nom de la boutique.", "Insta", None),
        ("B", "BUYER_QUESTION", [], "Mon numéro de commande est 171-3345567-1122334, le suivi indique livré mais je n'ai rien reçu.", "acheteur numéro de commande", None),
        ("B", "BUYER_QUESTION", [], "Je n'ai pas reçu l'e-mail de confirmation, pouvez-vous m'envoyer la facture ici ?", "acheteur e-mail de confirmation", None),
        ("B", "BUYER_QUESTION", [], "Le livreur a laissé un avis de passage, je dois les appeler pour reprogrammer. Je le fais ou vous vous en chargez ?", "acheteur avis de passage", None),
        ("B", "BUYER_QUESTION", [], "Si je suis absente, déposez-le chez la voisine au numéro 14.", "acheteur voisine", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Laissez l'avis qui vous semble juste ; nous envoyons la pièce de toute façon.", "demande d'avis sans échange (reste une demande)", None),
        ("R", "REPLY", [], "Notre adresse de retour : 4 rue du Moulin, 69002 Lyon.", "adresse de retour", None),
    ],
}

# ------------------------------------------------------------------------------ ninth round
# Conditional review trades, review asks wrapped in a question, thanks only with a compliment,
# confirmations that name the carrier or the order, promotions phrased as news; written
# before running the rules on them.
CASES9 = {
    "en": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "We've credited 15 pounds to your account, provided the one-star review comes down.", "credit provided review comes down", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Now that it's sorted, how about bringing those two stars up to five?", "stars up to five", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Enjoying the blender? Other shoppers would love to hear about it in a review.", "others would love a review", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "The replacement is yours to keep as long as the complaint on our page disappears.", "keep replacement if complaint disappears", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Thank you for choosing Lumen Works, customers like you keep our little workshop going.", "thanks compliment", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Update: your parcel 1Z4F83A20391827364 has been collected by UPS.", "collected by carrier", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Order 113-4456789-2233445 is packed and has left our warehouse.", "left warehouse", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Exciting news: our winter blankets are finally here, in six new colours.", "winter range news", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Members of our newsletter get early access to the summer sale.", "early access sale", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "We'd rather deal with this by email, our address is on the invoice.", "deal by email", None),
        ("R", "REPLY", [], "We're sorry the review process is slow; the marketplace checks every return before refunding.", "review process honest", None),
        ("P", "SHIPPING_ADDRESS_ISSUE", [], "The carrier could not find flat 3B. Could you confirm the full address so we can resend it?", "address issue honest", None),
    ],
    "es": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le hemos abonado 15 € en su cuenta, siempre que retire la reseña de una estrella.", "abono siempre que retire", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Ahora que está resuelto, ¿qué tal si sube esas dos estrellas a cinco?", "subir estrellas", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "¿Disfruta de la batidora? A otros compradores les encantaría leerlo en una reseña.", "otros compradores reseña", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Puede quedarse con la pieza de repuesto siempre que desaparezca la queja de nuestra página.", "repuesto si desaparece la queja", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Gracias por elegir Luz y Madera; clientes como usted hacen que nuestro taller siga adelante.", "gracias con cumplido", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Actualización: su paquete 1Z4F83A20391827364 ya lo ha recogido UPS.", "recogido por transportista", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "El pedido 402-4456789-2233445 está embalado y ha salido de nuestro almacén.", "salido del almacén", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Buenas noticias: por fin han llegado nuestras mantas de invierno, en seis colores nuevos.", "novedad de invierno", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Los suscriptores de nuestro boletín tienen acceso anticipado a las rebajas de verano.", "acceso anticipado rebajas", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Preferimos tratar esto por correo electrónico, la dirección está en la factura.", "por correo", None),
        ("R", "REPLY", [], "Sentimos que la revisión vaya lenta; la plataforma comprueba cada devolución antes de reembolsar.", "revisión honesta", None),
        ("P", "SHIPPING_ADDRESS_ISSUE", [], "El transportista no encuentra el piso 3.º B. ¿Podría confirmarnos la dirección completa para reenviarlo?", "dirección honesta", None),
    ],
    "de": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Wir haben Ihnen 15 € gutgeschrieben, vorausgesetzt, die Ein-Stern-Bewertung verschwindet.", "Gutschrift vorausgesetzt", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Jetzt wo alles geklärt ist: Wie wäre es, aus den zwei Sternen fünf zu machen?", "aus zwei Sternen fünf", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Gefällt Ihnen der Mixer? Andere Käufer würden sich über eine Rezension von Ihnen freuen.", "andere Käufer Rezension", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Das Ersatzteil dürfen Sie behalten, solange die Beschwerde auf unserer Seite verschwindet.", "behalten wenn Beschwerde verschwindet", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Danke, dass Sie sich für Holzwerk Bauer entschieden haben; Kunden wie Sie halten unsere kleine Werkstatt am Laufen.", "Dank mit Kompliment", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Kurzes Update: Ihr Paket 1Z4F83A20391827364 wurde von UPS abgeholt.", "vom Versender abgeholt", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Die Bestellung 302-4456789-2233445 ist verpackt und hat unser Lager verlassen.", "Lager verlassen", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Gute Nachrichten: Unsere Winterdecken sind endlich da, in sechs neuen Farben.", "Winterdecken Neuheit", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Abonnenten unseres Newsletters kommen früher in den Sommerschlussverkauf.", "Newsletter früher Zugang", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Das klären wir lieber per E-Mail, die Adresse steht auf der Rechnung.", "per E-Mail klären", None),
        ("R", "REPLY", [], "Es tut uns leid, dass die Prüfung dauert; der Marktplatz prüft jede Rücksendung vor der Erstattung.", "Prüfung ehrlich", None),
        ("P", "SHIPPING_ADDRESS_ISSUE", [], "Der Zusteller findet die Wohnung 3B nicht. Können Sie uns die vollständige Adresse bestätigen, damit wir neu versenden?", "Adresse ehrlich", None),
    ],
    "fr": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Nous vous avons crédité 15 €, à condition que l'avis une étoile disparaisse.", "crédit à condition", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Maintenant que tout est réglé, et si vous passiez ces deux étoiles à cinq ?", "passer à cinq étoiles", None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Le blender vous plaît ? D'autres acheteurs aimeraient le lire dans un avis.", "autres acheteurs avis", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Gardez la pièce de rechange, du moment que la réclamation sur notre page disparaît.", "garder si réclamation disparaît", None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], "Merci d'avoir choisi l'Atelier du Bois ; ce sont des clients comme vous qui font vivre notre atelier.", "merci avec compliment", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "Petite info : votre colis 1Z4F83A20391827364 a été récupéré par UPS.", "récupéré par le transporteur", None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "La commande 171-4456789-2233445 est emballée et a quitté notre entrepôt.", "quitté l'entrepôt", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Bonne nouvelle : nos plaids d'hiver sont enfin arrivés, en six nouveaux coloris.", "nouveauté hiver", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Les abonnés à notre newsletter ont accès en avant-première aux soldes d'été.", "avant-première soldes", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Nous préférons régler cela par e-mail, l'adresse figure sur la facture.", "par e-mail", None),
        ("R", "REPLY", [], "Désolés que la vérification soit lente ; la plateforme contrôle chaque retour avant de rembourser.", "vérification honnête", None),
        ("P", "SHIPPING_ADDRESS_ISSUE", [], "Le livreur ne trouve pas l'appartement 3B. Pourriez-vous nous confirmer l'adresse complète pour le renvoyer ?", "adresse honnête", None),
    ],
}

# ------------------------------------------------------------------------------ tenth round
# Honest messages only: buyers and sellers who mention phones, mail, carriers' calls, ids,
# references, door codes and shop hours without handing out a contact or asking to leave the
# platform; written before running the rules on them.
CASES10 = {
    "en": [
        ("B", "BUYER_QUESTION", [], "My phone number is on the order, so the driver can ring me if he gets lost.", "buyer number on the order", None),
        ("B", "BUYER_QUESTION", [], "Please don't call, I'm at work all day; messages here are fine.", "buyer stay here", None),
        ("B", "BUYER_QUESTION", [], "My email address changed last month, could you upload the invoice here instead?", "buyer email changed", None),
        ("B", "BUYER_QUESTION", [], "The door code is 4521B and I'm in between 2 pm and 6 pm.", "buyer door code", None),
        ("R", "REPLY", [], "The DPD driver will phone you about an hour before arriving, usually in the morning.", "carrier will phone", None),
        ("R", "REPLY", [], "The part reference is 84-2210-337 from batch 2026/114.", "part reference", None),
        ("R", "REPLY", [], "Our physical shop in York is open 10:00–17:30, Monday to Saturday, if you'd like to collect it.", "physical shop hours", None),
        ("R", "REPLY", [], "Step 3: tighten the screws; step 4: fit the cover until it clicks.", "steps", None),
    ],
    "es": [
        ("B", "BUYER_QUESTION", [], "Mi teléfono ya está en el pedido, el repartidor puede llamarme si se pierde.", "comprador teléfono en el pedido", None),
        ("B", "BUYER_QUESTION", [], "Por favor no me llamen, estoy trabajando; por aquí me va bien.", "comprador quedarse aquí", None),
        ("B", "BUYER_QUESTION", [], "Cambié de correo el mes pasado, ¿pueden subir la factura aquí?", "comprador cambió de correo", None),
        ("B", "BUYER_QUESTION", [], "El código del portal es 4521B y estaré de 14:00 a 18:00.", "comprador código del portal", None),
        ("R", "REPLY", [], "El repartidor de SEUR le llamará una hora antes de llegar, normalmente por la mañana.", "transportista llamará", None),
        ("R", "REPLY", [], "La referencia de la pieza es 84-2210-337, del lote 2026/114.", "referencia de pieza", None),
        ("R", "REPLY", [], "Nuestra tienda física en Zaragoza abre de 10:00 a 14:00 y de 17:00 a 20:30 si prefiere recogerlo.", "horario de tienda física", None),
        ("R", "REPLY", [], "Punto 3: apriete los tornillos; punto 4: coloque la tapa hasta que haga clic.", "puntos de la guía", None),
        ("R", "REPLY", [], "Puede consultar el estado en la web de Correos con el código PK4X7B0123456780Z.", "web de Correos", None),
    ],
    "de": [
        ("B", "BUYER_QUESTION", [], "Meine Telefonnummer steht ja in der Bestellung, der Fahrer kann sich melden, falls er sucht.", "Käufer Nummer in der Bestellung", None),
        ("B", "BUYER_QUESTION", [], "Bitte nicht anrufen, ich bin bei der Arbeit; hier schreiben ist völlig in Ordnung.", "Käufer hier bleiben", None),
        ("B", "BUYER_QUESTION", [], "Meine E-Mail-Adresse hat sich geändert, können Sie die Rechnung bitte hier hochladen?", "Käufer Adresse geändert", None),
        ("B", "BUYER_QUESTION", [], "Der Türcode ist 4521B, ich bin zwischen 14 und 18 Uhr da.", "Käufer Türcode", None),
        ("R", "REPLY", [], "Der DPD-Fahrer ruft Sie etwa eine Stunde vor der Zustellung an, meist vormittags.", "Fahrer ruft an", None),
        ("R", "REPLY", [], "Die Teilenummer ist 84-2210-337 aus Charge 2026/114.", "Teilenummer", None),
        ("R", "REPLY", [], "Unser Ladengeschäft in Leipzig hat Mo–Sa 10–18 Uhr geöffnet, falls Sie es abholen möchten.", "Ladenöffnungszeiten", None),
        ("B", "BUYER_QUESTION", [], "Bestellt am 03.12.2026, die Lieferung war für den 05.12. angekündigt, Sendungsnummer 00340434161234567890.", "Käufer Daten und Sendungsnummer", None),
        ("R", "REPLY", [], "Schritt 3: Schrauben anziehen; Schritt 4: Deckel aufsetzen, bis er einrastet.", "Schritte", None),
    ],
    "fr": [
        ("B", "BUYER_QUESTION", [], "Mon numéro de téléphone est dans la commande, le livreur peut m'appeler s'il se perd.", "acheteur numéro dans la commande", None),
        ("B", "BUYER_QUESTION", [], "Pouvez-vous me répondre ici plutôt que par e-mail ? Je ne consulte plus cette boîte.", "acheteur répondre ici", None),
        ("B", "BUYER_QUESTION", [], "J'ai appelé Colissimo, ils disent que le colis repart chez l'expéditeur.", "acheteur a appelé le transporteur", None),
        ("B", "BUYER_QUESTION", [], "Je serai là entre 14 h et 18 h, le code de la porte est 4521B.", "acheteur code de porte", None),
        ("B", "BUYER_QUESTION", [], "Mon adresse a changé : 12 rue des Lilas, 69003 Lyon, appartement 4.", "acheteur nouvelle adresse", None),
        ("R", "REPLY", [], "Le livreur Chronopost vous appellera une heure avant son passage, en général le matin.", "transporteur appellera", None),
        ("R", "REPLY", [], "La référence de la pièce est 84-2210-337, lot 2026/114.", "référence de pièce", None),
        ("R", "REPLY", [], "Notre boutique physique à Nantes est ouverte du lundi au samedi de 10 h à 19 h si vous préférez le retirer.", "horaires boutique physique", None),
        ("R", "REPLY", [], "Le numéro de suivi 6A12345678901 est consultable sur le site de La Poste.", "suivi La Poste", None),
    ],
}

# ------------------------------------------------------------------------------ eleventh round
# Everyday intent wordings (positive comments, scores upwards, shipping for a review, sales,
# 2 for 1, newsletters, sets, scarcity, second-hand marketplaces, thanks, processed orders);
# written before running the rules on them.
CASES11 = {
    "en": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'A short positive comment from you would be very welcome.', 'positive comment welcome', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Could you revise your score upwards now that it's fixed?", 'score upwards', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "We'll cover your shipping if you write a review for us.", 'shipping for review', None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "If you're happy, say so on the marketplace, it really helps us!", 'say so on the marketplace', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Please don't give us a poor mark, we'll make it right.", 'poor mark', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Our winter sale is on, make the most of it.', 'winter sale', None),
        ("R", "REPLY", ["PROMOTIONAL"], "It's two for one on all candles this week.", 'two for one', None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], 'Sign up to our newsletter and get 10% off.', 'newsletter discount', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Complete your set with the matching vase.', 'complete your set', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Only 3 left in stock, be quick!', 'scarcity', None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Add us on Facebook, we're Oakridge Candles there.", 'Facebook', None),
        ("R", "REPLY", ["OFF_PLATFORM"], "We're also on Vinted with the same items.", 'Vinted', None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Let's take this off the platform, it'll be quicker.", 'off the platform', None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], 'A thousand thanks for your order, it was a pleasure!', 'thanks only', None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], "We'd like to let you know that your order has been processed.", 'processed', None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], 'Your purchase is on its way.', 'on its way', None),
        ("R", "REPLY", [], "Thanks for the kind words, we've passed them on to the workshop.", "honest look-alike", None),
        ("R", "REPLY", [], "If you're not happy with the colour, tell us here and we'll swap it.", "honest look-alike", None),
        ("R", "REPLY", [], "Only 3 left in stock in that colour, so we've reserved one for you.", "honest look-alike", None),
        ("R", "REPLY", [], "We're closed from 24 to 27 December; orders placed then ship on the 28th.", "honest look-alike", None),
    ],
    "es": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Un breve comentario positivo suyo sería muy bienvenido.', 'comentario positivo', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], '¿Podría revisar su puntuación al alza ahora que está solucionado?', 'puntuación al alza', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Le pagamos el envío si nos escribe una reseña.', 'envío por reseña', None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], 'Si está contento, dígalo en la plataforma, ¡nos ayuda muchísimo!', 'dígalo en la plataforma', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Por favor, no nos ponga una mala nota, lo arreglaremos.', 'mala nota', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Aproveche nuestras rebajas de invierno.', 'rebajas', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Esta semana tenemos un 2x1 en todas las velas.', '2x1', None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], 'Suscríbase a nuestro boletín y reciba un 10 % de descuento.', 'boletín descuento', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Complete su juego con el jarrón a juego.', 'complete su juego', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Solo quedan 3 unidades, ¡dese prisa!', 'escasez', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Agréguenos en Facebook, allí somos Luz y Madera.', 'Facebook', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'También estamos en Wallapop con los mismos artículos.', 'Wallapop', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Sigamos esto fuera de la plataforma, será más rápido.', 'fuera de la plataforma', None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], '¡Mil gracias por su pedido, ha sido un placer!', 'solo gracias', None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], 'Le informamos de que su pedido ha sido procesado.', 'procesado', None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], 'Su compra ya está de camino.', 'de camino', None),
        ("R", "REPLY", [], 'Gracias por su comentario tan bonito, se lo diremos al taller.', "honest look-alike", None),
        ("R", "REPLY", [], 'Si no está contento con el color, díganoslo aquí y lo cambiamos.', "honest look-alike", None),
        ("R", "REPLY", [], 'Solo quedan 3 unidades en ese color, le hemos reservado una.', "honest look-alike", None),
        ("R", "REPLY", [], 'Le completamos el juego con la pieza que faltaba, sin coste.', "honest look-alike", None),
    ],
    "de": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Ein kurzer positiver Kommentar von Ihnen wäre super.', 'positiver Kommentar', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Könnten Sie Ihre Bewertung nach oben korrigieren, jetzt wo es behoben ist?', 'nach oben korrigieren', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Wir übernehmen den Versand, wenn Sie uns eine Bewertung schreiben.', 'Versand für Bewertung', None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], 'Wenn Sie zufrieden sind, sagen Sie es auf der Plattform, das hilft uns sehr!', 'auf der Plattform sagen', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Bitte geben Sie uns keine schlechte Note, wir bringen das in Ordnung.', 'schlechte Note', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Nutzen Sie unseren Winterschlussverkauf.', 'Winterschlussverkauf', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Diese Woche gibt es 2 für 1 auf alle Kerzen.', '2 für 1', None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], 'Abonnieren Sie unseren Newsletter und erhalten Sie 10 % Rabatt.', 'Newsletter Rabatt', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Ergänzen Sie Ihr Set mit der passenden Vase.', 'Set ergänzen', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Nur noch 3 Stück auf Lager, schnell sein!', 'Knappheit', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Fügen Sie uns auf Facebook hinzu, dort heißen wir Holzwerk Bauer.', 'Facebook', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Wir sind auch auf Kleinanzeigen mit denselben Artikeln.', 'Kleinanzeigen', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Lassen Sie uns das außerhalb der Plattform regeln, das geht schneller.', 'außerhalb der Plattform', None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], 'Tausend Dank für Ihre Bestellung, es war uns eine Freude!', 'nur Dank', None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], 'Wir informieren Sie, dass Ihre Bestellung bearbeitet wurde.', 'bearbeitet', None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], 'Ihr Einkauf ist auf dem Weg zu Ihnen.', 'auf dem Weg', None),
        ("R", "REPLY", [], 'Danke für Ihren netten Kommentar, wir geben ihn an die Werkstatt weiter.', "honest look-alike", None),
        ("R", "REPLY", [], 'Wenn Sie nicht zufrieden sind, sagen Sie es uns bitte hier.', "honest look-alike", None),
        ("R", "REPLY", [], 'Nur noch 3 Stück auf Lager, eines haben wir für Sie reserviert.', "honest look-alike", None),
        ("R", "REPLY", [], 'Wir ergänzen Ihr Set mit dem fehlenden Teil, ohne Kosten.', "honest look-alike", None),
    ],
    "fr": [
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Un petit commentaire positif de votre part serait le bienvenu.', 'commentaire positif', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Pourriez-vous revoir votre note à la hausse maintenant que c'est réglé ?", 'note à la hausse', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Nous vous offrons la livraison si vous nous laissez un avis.', 'livraison contre avis', None),
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], 'Si vous êtes content, dites-le sur la plateforme, ça nous aide beaucoup !', 'dites-le sur la plateforme', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], 'Merci de ne pas nous mettre une mauvaise note, nous allons arranger ça.', 'mauvaise note', None),
        ("R", "REPLY", ["PROMOTIONAL"], "Profitez de nos soldes d'hiver.", 'soldes', None),
        ("R", "REPLY", ["PROMOTIONAL"], "Cette semaine, c'est 2 pour 1 sur toutes les bougies.", '2 pour 1', None),
        ("P", "SEND_INVOICE", ["PROMOTIONAL"], 'Abonnez-vous à notre newsletter et recevez 10 % de remise.', 'newsletter remise', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Complétez votre ensemble avec le vase assorti.', 'ensemble assorti', None),
        ("R", "REPLY", ["PROMOTIONAL"], 'Plus que 3 en stock, dépêchez-vous !', 'rareté', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Ajoutez-nous sur Facebook, nous y sommes sous le nom Savonnerie du Lac.', 'Facebook', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Nous sommes aussi sur Leboncoin avec les mêmes articles.', 'Leboncoin', None),
        ("R", "REPLY", ["OFF_PLATFORM"], 'Réglons ça en dehors de la plateforme, ce sera plus rapide.', 'hors plateforme', None),
        ("P", "UNEXPECTED_PROBLEM", ["THANK_YOU_ONLY"], 'Mille mercis pour votre commande, ce fut un plaisir !', 'merci seulement', None),
        ("P", "SEND_INVOICE", ["REDUNDANT_CONFIRMATION"], 'Nous vous informons que votre commande a été traitée.', 'traitée', None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], 'Votre achat est en route.', 'en route', None),
        ("R", "REPLY", [], "Merci pour votre gentil commentaire, nous le transmettons à l'atelier.", "honest look-alike", None),
        ("R", "REPLY", [], "Si vous n'êtes pas satisfait, dites-le-nous ici.", "honest look-alike", None),
        ("R", "REPLY", [], 'Plus que 3 en stock dans ce coloris, nous vous en avons réservé un.', "honest look-alike", None),
        ("R", "REPLY", [], 'Nous complétons votre ensemble avec la pièce manquante, sans frais.', "honest look-alike", None),
    ],
}

# ------------------------------------------------------------------------------ twelfth round
# Review gating, Google Maps reviews, groups and portals, 3 for 2, referrals, delivered
# confirmations, gift cards for an update, and honest look-alikes; written before running the
# rules on them.
CASES12 = {
    "en": [
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Happy with it? Leave us a review. Not happy? Message us first instead of reviewing.", "review gating", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION", "OFF_PLATFORM"], "It would mean a lot if you reviewed us on Google Maps too.", "Google Maps review", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Join our Facebook group for tips and early news.", "Facebook group", None),
        ("P", "SEND_INVOICE", ["OFF_PLATFORM"], "You can also download all invoices from our customer portal at any time.", "own portal", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Three for the price of two on all refills this month.", "3 for 2", None),
        ("R", "REPLY", ['PROMOTIONAL'], "Invite a friend and you'll each get 5 pounds off.", 'referral', None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Your parcel was delivered today at 11:42.", "delivered confirmation", None),
        ("R", "REPLY", ['REVIEW_MANIPULATION'], "We'll send you a gift card as soon as the feedback is updated.", 'gift card for update', None),
        ("R", "REPLY", [], "The delivery confirmation shows it was left in your porch at 11:42.", "honest delivery confirmation in reply", None),
        ("R", "REPLY", [], "Two of the three refills were damaged, so we're sending two new ones.", 'honest two of three', None),
        ("B", "BUYER_QUESTION", [], "A friend recommended your shop; does the lamp come with a UK plug?", "buyer friend recommended", None),
    ],
    "es": [
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "¿Contento? Déjenos una reseña. ¿No lo está? Escríbanos antes de valorar.", "filtrado de reseñas", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION", "OFF_PLATFORM"], "Nos haría mucha ilusión que también nos valorara en Google Maps.", "reseña en Google Maps", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Únase a nuestro grupo de Facebook para consejos y novedades.", "grupo de Facebook", None),
        ("P", "SEND_INVOICE", ["OFF_PLATFORM"], "También puede descargar todas sus facturas desde nuestro portal de clientes.", "portal propio", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Este mes, tres recambios por el precio de dos.", "3x2", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Invite a un amigo y los dos tendrán 5 € de descuento.", "recomendación", None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Su paquete fue entregado hoy a las 11:42.", "confirmación de entrega", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Le enviaremos una tarjeta regalo en cuanto actualice su opinión.", "tarjeta regalo por actualizar", None),
        ("R", "REPLY", [], "La confirmación de entrega indica que se dejó en el portal a las 11:42.", "confirmación honesta en respuesta", None),
        ("R", "REPLY", [], "Dos de los tres recambios llegaron rotos, así que le enviamos dos nuevos.", "dos de tres honesto", None),
        ("B", "BUYER_QUESTION", [], "Una amiga me recomendó su tienda; ¿la lámpara trae enchufe europeo?", "comprador recomendación", None),
    ],
    "de": [
        ("P", "PRODUCT_INSTRUCTIONS", ["REVIEW_MANIPULATION"], "Zufrieden? Dann bewerten Sie uns. Nicht zufrieden? Schreiben Sie uns zuerst, statt zu bewerten.", "Bewertungsfilter", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION", "OFF_PLATFORM"], "Es würde uns viel bedeuten, wenn Sie uns auch auf Google Maps bewerten.", "Google-Maps-Bewertung", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Treten Sie unserer Facebook-Gruppe bei, dort gibt es Tipps und Neuigkeiten.", "Facebook-Gruppe", None),
        ("P", "SEND_INVOICE", ["OFF_PLATFORM"], "Alle Rechnungen können Sie auch jederzeit in unserem Kundenportal herunterladen.", "eigenes Portal", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Diesen Monat: drei Nachfüllpacks zum Preis von zwei.", "3 für 2", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Laden Sie eine Freundin ein und Sie erhalten beide 5 € Rabatt.", "Empfehlung", None),
        ("P", "UNEXPECTED_PROBLEM", ["REDUNDANT_CONFIRMATION"], "Ihr Paket wurde heute um 11:42 Uhr zugestellt.", "Zustellbestätigung", None),
        ("R", "REPLY", ["REVIEW_MANIPULATION"], "Sie bekommen eine Geschenkkarte, sobald die Bewertung aktualisiert ist.", "Geschenkkarte für Änderung", None),
        ("R", "REPLY", [], "Laut Zustellnachweis wurde es um 11:42 Uhr vor Ihrer Tür abgelegt.", "Zustellnachweis ehrlich", None),
        ("R", "REPLY", [], "Zwei der drei Nachfüllpacks waren beschädigt, wir schicken zwei neue.", "zwei von drei ehrlich", None),
        ("B", "BUYER_QUESTION", [], "Eine Freundin hat mir Ihren Shop empfohlen; hat die Lampe einen EU-Stecker?", "Käufer Empfehlung", None),
    ],
    "fr": [
        ("P", "PRODUCT_INSTRUCTIONS", ['REVIEW_MANIPULATION'], "Satisfait ? Laissez-nous un avis. Pas satisfait ? Écrivez-nous d'abord plutôt que de noter.", 'filtrage des avis', None),
        ("R", "REPLY", ["REVIEW_MANIPULATION", "OFF_PLATFORM"], "Cela nous ferait très plaisir que vous nous notiez aussi sur Google Maps.", "avis Google Maps", None),
        ("R", "REPLY", ["OFF_PLATFORM"], "Rejoignez notre groupe Facebook pour des astuces et des nouveautés.", "groupe Facebook", None),
        ("P", "SEND_INVOICE", ["OFF_PLATFORM"], "Vous pouvez aussi télécharger toutes vos factures sur notre espace client.", "espace client", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Ce mois-ci, trois recharges pour le prix de deux.", "3 pour 2", None),
        ("R", "REPLY", ["PROMOTIONAL"], "Parrainez un ami et vous aurez chacun 5 € de réduction.", "parrainage", None),
        ("P", "UNEXPECTED_PROBLEM", ['REDUNDANT_CONFIRMATION'], "Votre colis a été livré aujourd'hui à 11 h 42.", 'confirmation de livraison', None),
        ("R", "REPLY", ['REVIEW_MANIPULATION'], "Nous vous enverrons une carte cadeau dès que l'avis sera mis à jour.", 'carte cadeau contre mise à jour', None),
        ("R", "REPLY", [], "La preuve de livraison indique qu'il a été déposé devant votre porte à 11 h 42.", 'preuve de livraison honnête', None),
        ("R", "REPLY", [], "Deux des trois recharges étaient abîmées, nous vous en envoyons deux neuves.", "deux sur trois honnête", None),
        ("B", "BUYER_QUESTION", [], "Une amie m'a recommandé votre boutique ; la lampe a-t-elle une prise européenne ?", 'acheteur recommandation', None),
    ],
}

# ------------------------------------------------------------------------------ thirteenth round
# Thanks and confirmations in other words, 'skip the middleman', secret codes, the highest
# score; written before running the rules on them.
CASES13 = {
    "en": [
        ("P", "CONFIRM_DELIVERY_DETAILS", ['THANK_YOU_ONLY'], "Cheers for your order, you're a star!", 'thanks only', None),
        ("R", "REPLY", ['OFF_PLATFORM'], 'Next time skip the middleman and message our shop directly through our site.', 'skip the middleman', None),
        ("R", "REPLY", ['PROMOTIONAL'], 'Psst, VIP customers get a secret 15% code, just ask us.', 'VIP code', None),
    ],
    "es": [
        ("P", "CONFIRM_DELIVERY_DETAILS", ['THANK_YOU_ONLY'], 'Le damos las gracias por confiar en nuestro taller.', 'solo gracias', None),
        ("P", "UNEXPECTED_PROBLEM", ['THANK_YOU_ONLY'], '¡Qué alegría recibir su pedido! Muchas gracias.', 'solo gracias', None),
        ("P", "SEND_INVOICE", ['REDUNDANT_CONFIRMATION'], 'Ya hemos preparado su pedido y se lo entregamos a SEUR esta tarde.', 'confirmación', None),
        ("R", "REPLY", ['OFF_PLATFORM'], 'La próxima vez, evite intermediarios y pídanos directamente en nuestra página.', 'sin intermediarios', None),
        ("R", "REPLY", ['PROMOTIONAL'], 'A nuestros clientes habituales les guardamos un código secreto del 15 %, solo tiene que pedirlo.', 'código secreto', None),
        ("R", "REPLY", ['REVIEW_MANIPULATION'], '¿Sería tan amable de darnos la máxima puntuación?', 'máxima puntuación', None),
        ("R", "REPLY", [], 'La puntuación del test de calidad fue máxima, así que el defecto es del transporte.', 'puntuación honesta', None),
    ],
    "de": [
        ("P", "CONFIRM_DELIVERY_DETAILS", ['THANK_YOU_ONLY'], 'Wir sagen Danke für Ihr Vertrauen in unsere Werkstatt.', 'nur Dank', None),
        ("P", "UNEXPECTED_PROBLEM", ['THANK_YOU_ONLY'], 'Was für eine Freude, Ihre Bestellung zu bekommen! Vielen Dank.', 'nur Dank', None),
        ("P", "SEND_INVOICE", ['REDUNDANT_CONFIRMATION'], 'Wir haben Ihre Bestellung fertig gepackt und übergeben sie heute Nachmittag an DHL.', 'Bestätigung', None),
        ("R", "REPLY", ['OFF_PLATFORM'], 'Sparen Sie sich beim nächsten Mal den Umweg und bestellen Sie direkt auf unserer Seite.', 'ohne Umweg', None),
        ("R", "REPLY", ['PROMOTIONAL'], 'Stammkunden bekommen bei uns einen geheimen Code über 15 %, fragen Sie einfach.', 'geheimer Code', None),
        ("R", "REPLY", ['REVIEW_MANIPULATION'], 'Wären Sie so nett, uns die volle Punktzahl zu geben?', 'volle Punktzahl', None),
        ("R", "REPLY", [], 'Die Punktzahl im Qualitätstest war voll, der Schaden kommt also vom Transport.', 'Punktzahl ehrlich', None),
    ],
    "fr": [
        ("P", "CONFIRM_DELIVERY_DETAILS", ['THANK_YOU_ONLY'], 'Nous vous disons merci pour votre confiance en notre atelier.', 'merci seulement', None),
        ("P", "UNEXPECTED_PROBLEM", ['THANK_YOU_ONLY'], 'Quelle joie de recevoir votre commande ! Merci beaucoup.', 'merci seulement', None),
        ("P", "SEND_INVOICE", ['REDUNDANT_CONFIRMATION'], 'Nous avons préparé votre commande et la remettons à Colissimo cet après-midi.', 'confirmation', None),
        ("R", "REPLY", ['OFF_PLATFORM'], 'La prochaine fois, évitez les intermédiaires et commandez directement sur notre page.', 'sans intermédiaire', None),
        ("R", "REPLY", ['PROMOTIONAL'], 'Nos clients fidèles ont droit à un code secret de 15 %, il suffit de le demander.', 'code secret', None),
        ("R", "REPLY", ['REVIEW_MANIPULATION'], 'Auriez-vous la gentillesse de nous donner la note maximale ?', 'note maximale', None),
        ("R", "REPLY", [], 'La note du contrôle qualité était maximale, le défaut vient donc du transport.', 'note honnête', None),
    ],
}

KIND = {"R": ("SELLER", "REPLY"), "P": ("SELLER", "PROACTIVE"), "B": ("BUYER", "BUYER")}


def message(lang, index, case, rng):
    kind, action, expect, sentence, note, leak = case[:6]
    extra = case[6] if len(case) > 6 else {}
    role, kind_name = KIND[kind]
    greet = rng.choice(GREET[lang])
    close = rng.choice(CLOSE[lang])
    if "THANK_YOU_ONLY" in expect or "REDUNDANT_CONFIRMATION" in expect:
        parts = [greet, sentence, close]
    else:
        context = rng.choice(CONTEXT[lang])
        parts = [greet, context, sentence, close] if rng.random() < 0.5 else [greet, sentence, context, close]
    if role == "BUYER":
        parts = [p for p in parts if p not in CLOSE[lang]] + ["Thanks" if lang == "en" else
                                                              {"es": "Gracias", "de": "Danke", "fr": "Merci"}[lang]]
    if rng.random() < 0.25 or extra.get("html"):
        body = "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in parts)
    else:
        body = "\n\n".join(parts)
    record = {"id": "%s-%04d" % (lang, 9001 + index), "lang": lang, "role": role, "kind": kind_name,
              "action": action, "subject": rng.choice(SUBJECTS[lang]), "body": body, "expect": expect,
              "note": "batch 5: " + note}
    if "subject" in extra:
        record["subject"] = extra["subject"]
    if leak:
        for fragment in leak:
            assert fragment in body, (lang, fragment)
        record["leak"] = leak
    return record


def main():
    for lang in ("en", "es", "de", "fr"):
        rng = random.Random("batch5-" + lang)
        with open(os.path.join(OUT, "added-%s.jsonl" % lang), "w", encoding="utf-8") as out:
            for index, case in enumerate(CASES[lang]):
                out.write(json.dumps(message(lang, index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES2[lang]):
                out.write(json.dumps(message(lang, 100 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES3[lang]):
                out.write(json.dumps(message(lang, 200 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES4[lang]):
                out.write(json.dumps(message(lang, 300 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES5[lang]):
                out.write(json.dumps(message(lang, 400 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES6[lang]):
                out.write(json.dumps(message(lang, 500 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES7[lang]):
                out.write(json.dumps(message(lang, 600 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES8[lang]):
                out.write(json.dumps(message(lang, 700 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES9[lang]):
                out.write(json.dumps(message(lang, 800 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES10[lang]):
                out.write(json.dumps(message(lang, 900 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES11[lang]):
                out.write(json.dumps(message(lang, 950 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES12[lang]):
                out.write(json.dumps(message(lang, 975 + index, case, rng), ensure_ascii=False) + "\n")
            for index, case in enumerate(CASES13[lang]):
                out.write(json.dumps(message(lang, 990 + index, case, rng), ensure_ascii=False) + "\n")
        print(lang, len(CASES[lang]) + len(CASES2[lang]) + len(CASES3[lang]) + len(CASES4[lang]) + len(CASES5[lang]) + len(CASES6[lang])
              + len(CASES7[lang]) + len(CASES8[lang]) + len(CASES9[lang]) + len(CASES10[lang])
              + len(CASES11[lang]) + len(CASES12[lang]) + len(CASES13[lang]))


if __name__ == "__main__":
    main()
