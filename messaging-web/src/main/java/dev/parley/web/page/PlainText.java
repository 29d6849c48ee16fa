package dev.parley.web.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The pages' compose boxes take plain text: what a person types is what the other party
 * reads, markup included as text. This converts it to the message HTML that the rules
 * check and sanitize (blank lines separate paragraphs, single line breaks stay), and
 * converts stored template HTML back into such text for the box.
 */
public final class PlainText {

	private PlainText() {
	}

	/**
	 * The message HTML for a typed text.
	 * @param text what was typed
	 * @return escaped paragraphs, or an empty string for blank text
	 */
	public static String toHtml(String text) {
		String normalized = (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (normalized.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(normalized.length() + 32);
		for (String paragraph : normalized.split("\n[ \t]*\n\\s*")) {
			html.append("<p>");
			String[] lines = paragraph.split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.append("<br>");
				}
				html.append(escape(lines[i]));
			}
			html.append("</p>");
		}
		return html.toString();
	}

	/**
	 * The text of some HTML as a person would type it: blocks become paragraphs separated
	 * by a blank line, {@code br} a line break.
	 * @param html simple HTML, such as a template body
	 * @return the text
	 */
	public static String fromHtml(String html) {
		Element body = Jsoup.parseBodyFragment((html != null) ? html : "").body();
		StringBuilder text = new StringBuilder();
		append(body, text);
		return text.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}

	private static void append(Element element, StringBuilder text) {
		for (Node child : element.childNodes()) {
			if (child instanceof TextNode textNode) {
				text.append(textNode.text());
			}
			else if (child instanceof Element childElement) {
				if (childElement.normalName().equals("br")) {
					text.append('\n');
					continue;
				}
				boolean block = childElement.isBlock();
				if (block && text.length() > 0) {
					text.append("\n\n");
				}
				if (childElement.normalName().equals("li")) {
					text.append("- ");
				}
				append(childElement, text);
				if (block) {
					text.append("\n\n");
				}
			}
		}
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
