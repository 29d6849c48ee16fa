package dev.parley.web.relay;

import dev.parley.core.relay.HtmlReplies;
import dev.parley.core.relay.ReplyParser;

/**
 * The part of an emailed reply that the sender wrote. Plain text is preferred: quoted
 * history and signatures go ({@link ReplyParser}), and the rest becomes paragraphs of
 * escaped text. An HTML-only email loses its quotes and signatures ({@link HtmlReplies});
 * what remains goes to the rules engine, which sanitizes it like any message.
 */
final class ReplyBodies {

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
		return HtmlReplies.visibleHtml(html);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
