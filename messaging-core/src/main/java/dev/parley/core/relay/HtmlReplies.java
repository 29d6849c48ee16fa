package dev.parley.core.relay;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The part of an HTML email that its sender wrote: without the containers that Gmail,
 * Apple Mail, Thunderbird, Outlook and Yahoo put quotes and signatures in, without
 * everything after the markers that start Outlook's quoted email, and without a history
 * that no container marks but whose first block reads as one (Outlook desktop's
 * {@code From:/Sent:} block, a localized separator or "On … wrote:" line, see
 * {@link ReplyLexicon}). What remains is not sanitized here: the rules engine sanitizes
 * it like any message.
 */
public final class HtmlReplies {

	/**
	 * Where Gmail, Apple Mail, Thunderbird, Outlook and Yahoo put quotes and signatures.
	 */
	private static final String QUOTES = "blockquote, .gmail_quote, .gmail_extra, .gmail_signature, .moz-cite-prefix, "
			+ ".moz-signature, .yahoo_quoted, [id^=yahoo_quoted], #Signature, div[data-smartmail=gmail_signature], "
			+ "#ms-outlook-mobile-signature, #AppleMailSignature";

	/** Outlook puts the quote after a marker element, not inside one. */
	private static final String QUOTE_STARTS = "#divRplyFwdMsg, #appendonsend, hr#stopSpelling, "
			+ "#mail-editor-reference-message-container";

	/** How much of a block's text is enough to tell whether it starts a quote. */
	private static final int HEAD_LENGTH = 2000;

	private HtmlReplies() {
	}

	/**
	 * The sender's part of an HTML email.
	 * @param html the email's HTML body
	 * @return the body's inner HTML without quotes and signatures
	 */
	public static String visibleHtml(String html) {
		Document document = Jsoup.parse(html);
		for (Element start : document.select(QUOTE_STARTS)) {
			removeFrom(document, start);
		}
		document.select(QUOTES).remove();
		Element history = firstHistoryBlock(document);
		if (history != null) {
			removeFrom(document, history);
		}
		removeTrailingMobileSignature(document);
		return document.body().html();
	}

	/**
	 * Removes an element and everything after it: its following siblings, and those of
	 * each enclosing element up to the body.
	 */
	private static void removeFrom(Document document, Element start) {
		if (start.ownerDocument() == null) {
			return;
		}
		for (Element at = start; at != null && at != document.body(); at = at.parent()) {
			Element parent = at.parent();
			// From the last child back: each removal is then constant time.
			for (int i = (parent != null) ? parent.childNodeSize() - 1 : -1; i > at.siblingIndex(); i--) {
				parent.childNode(i).remove();
			}
		}
		start.remove();
	}

	/**
	 * The outermost element whose text starts as quoted history does, in document order
	 * (an enclosing element's text starts with the sender's own words, so it does not).
	 */
	private static @Nullable Element firstHistoryBlock(Document document) {
		for (Element element : document.body().getAllElements()) {
			if (element != document.body() && ReplyLexicon.ALL.startsAsHistory(head(element))) {
				return element;
			}
		}
		return null;
	}

	/**
	 * The start of an element's text, enough for any header block, normalized; read no
	 * further than that, so that a deeply nested email stays linear.
	 */
	private static String head(Element element) {
		StringBuilder text = new StringBuilder();
		element.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node instanceof Element child && (child.isBlock() || child.nameIs("br"))) {
					text.append(' ');
				}
				return (text.length() >= HEAD_LENGTH) ? FilterResult.STOP : FilterResult.CONTINUE;
			}
		});
		return ReplyLexicon.normalized(text.toString().replaceAll("\\s+", " "));
	}

	/** The last block of text, when it is a mobile signature ("Sent from my iPhone"). */
	private static void removeTrailingMobileSignature(Document document) {
		List<Element> elements = document.body().getAllElements();
		for (int i = elements.size() - 1; i > 0; i--) {
			Element element = elements.get(i);
			if (element.text().isBlank()) {
				continue;
			}
			if (ReplyLexicon.ALL.isMobileSignature(ReplyLexicon.normalized(element.text()))
					&& document.body().text().length() > element.text().length()) {
				element.remove();
			}
			return;
		}
	}

}
