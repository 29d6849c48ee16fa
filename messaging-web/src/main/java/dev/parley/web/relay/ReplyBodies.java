package dev.parley.web.relay;

import dev.parley.core.relay.ReplyParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of an emailed reply that the sender wrote. Plain text is preferred: quoted
 * history and signatures go ({@link ReplyParser}), and the rest becomes paragraphs of
 * escaped text. An HTML-only email loses the containers that mail clients put quotes and
 * signatures in; what remains goes to the rules engine, which sanitizes it like any
 * message.
 */
final class ReplyBodies {

	/**
	 * Where Gmail, Apple Mail, Thunderbird, Outlook and Yahoo put quotes and signatures.
	 */
	private static final String QUOTES = "blockquote, .gmail_quote, .gmail_extra, .gmail_signature, .moz-cite-prefix, "
			+ ".moz-signature, .yahoo_quoted, [id^=yahoo_quoted], #Signature, div[data-smartmail=gmail_signature]";

	/** Outlook puts the quote after a marker element, not inside one. */
	private static final String QUOTE_STARTS = "#divRplyFwdMsg, #appendonsend, hr#stopSpelling";

	private ReplyBodies() {
	}

	static String fromText(String text) {
		String visible = ReplyParser.parseReply(text.replace("\r\n", "\n")).strip();
		StringBuilder html = new StringBuilder();
		for (String paragraph : visible.split("\n\\s*\n")) {
			if (paragraph.isBlank()) {
				continue;
			}
			html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
		}
		return html.toString();
	}

	static String fromHtml(String html) {
		Document document = Jsoup.parse(html);
		for (Element start : document.select(QUOTE_STARTS)) {
			// Everything after the marker is the quoted email: the marker's following
			// siblings, and those of each enclosing element up to the body.
			for (Element at = start; at != null && at != document.body(); at = at.parent()) {
				while (at.nextElementSibling() != null) {
					at.nextElementSibling().remove();
				}
			}
			start.remove();
		}
		document.select(QUOTES).remove();
		return document.body().html();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
