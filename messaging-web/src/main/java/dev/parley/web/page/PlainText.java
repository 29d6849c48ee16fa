package dev.parley.web.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The pages' compose boxes take plain text: what a person types is what the other party
 * reads, HTML included as text. This converts it to the message HTML that the rules check
 * and sanitize (blank lines separate paragraphs, single line breaks stay), and converts
 * stored template HTML back into such text for the box.
 * <p>
 * A few marks format the text, the ones the composer's toolbar inserts and a person can
 * type without it: {@code **bold**}, {@code *italic*}, lines starting with {@code - } (a
 * list) or {@code 1. } (a numbered list), and {@code [text](https://…)} (a link). They
 * become exactly the HTML the sanitizer keeps ({@code b}, {@code i}, {@code ul/ol/li},
 * {@code a} with {@code rel="nofollow noopener"}), so nothing the toolbar produces is
 * changed by it; a link outside the allowed domains is refused by the rules like any
 * other.
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
			String open = null;
			boolean inParagraph = false;
			for (String line : paragraph.split("\n")) {
				String list = BULLET.matcher(line).lookingAt() ? "ul"
						: NUMBERED.matcher(line).lookingAt() ? "ol" : null;
				if (list != null) {
					if (inParagraph) {
						html.append("</p>");
						inParagraph = false;
					}
					if (!list.equals(open)) {
						if (open != null) {
							html.append("</").append(open).append('>');
						}
						html.append('<').append(list).append('>');
						open = list;
					}
					String item = line.substring(line.indexOf(list.equals("ul") ? '-' : '.') + 1).strip();
					html.append("<li>").append(inline(item)).append("</li>");
					continue;
				}
				if (open != null) {
					html.append("</").append(open).append('>');
					open = null;
				}
				html.append(inParagraph ? "<br>" : "<p>");
				inParagraph = true;
				html.append(inline(line));
			}
			if (open != null) {
				html.append("</").append(open).append('>');
			}
			if (inParagraph) {
				html.append("</p>");
			}
		}
		return html.toString();
	}

	private static final Pattern BULLET = Pattern.compile("[ \t]*- \\S");

	private static final Pattern NUMBERED = Pattern.compile("[ \t]*[0-9]{1,3}\\. \\S");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]\n]{1,500})\\]\\((https://[^\\s()<>\"]{1,2000})\\)");

	private static final Pattern BOLD = Pattern
		.compile("(?<![\\p{L}\\p{N}*])\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*(?![\\p{L}\\p{N}*])");

	private static final Pattern ITALIC = Pattern
		.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\p{L}\\p{N}*])");

	/** One line's text, escaped, with its inline marks as elements. */
	private static String inline(String line) {
		StringBuilder out = new StringBuilder();
		Matcher link = LINK.matcher(line);
		int at = 0;
		while (link.find()) {
			out.append(emphasis(escape(line.substring(at, link.start()))));
			out.append("<a href=\"")
				.append(escape(link.group(2)))
				.append("\" rel=\"nofollow noopener\">")
				.append(emphasis(escape(link.group(1))))
				.append("</a>");
			at = link.end();
		}
		return out.append(emphasis(escape(line.substring(at)))).toString();
	}

	private static String emphasis(String escaped) {
		String bold = BOLD.matcher(escaped).replaceAll("<b>$1</b>");
		return ITALIC.matcher(bold).replaceAll("<i>$1</i>");
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
				String name = childElement.normalName();
				boolean item = name.equals("li");
				boolean block = childElement.isBlock() && !item;
				if (block && text.length() > 0) {
					text.append("\n\n");
				}
				if (item) {
					if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
						text.append('\n');
					}
					boolean numbered = childElement.parent() != null && childElement.parent().normalName().equals("ol");
					text.append(numbered ? (childElement.elementSiblingIndex() + 1) + ". " : "- ");
				}
				String mark = switch (name) {
					case "b", "strong" -> "**";
					case "i", "em" -> "*";
					default -> null;
				};
				if (name.equals("a") && childElement.attr("href").startsWith("https://")) {
					text.append('[')
						.append(childElement.text())
						.append("](")
						.append(childElement.attr("href"))
						.append(')');
					continue;
				}
				if (mark != null) {
					text.append(mark);
				}
				append(childElement, text);
				if (mark != null) {
					text.append(mark);
				}
				if (item) {
					text.append('\n');
				}
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
