package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * The safe list of SPEC §4.4, as a copy of only what is allowed into a fresh document
 * (default deny): paragraphs, line breaks, bold, italic, underline, lists, headings (h1
 * and h2 become h3), tables, block quotes, and {@code https} links to allowed domains
 * with {@code rel="nofollow noopener"}. Everything else is dropped (scripts, styles,
 * forms, frames, objects, media, SVG, comments: with their content) or unwrapped (other
 * elements: their text stays), and reported as notes. Links that do not stay and images
 * (which never stay) are reported as {@link HtmlFinding}s for the link and image rules,
 * with a marker where they were so that their span in the text is known.
 * <p>
 * Thread-safe: it holds only immutable configuration.
 */
final class HtmlSanitizer {

	/**
	 * The marker element; never in the output (input elements of that name are
	 * unwrapped).
	 */
	static final String MARK = "parley-mark";

	static final String MARK_INDEX = "i";

	private static final int MAX_DEPTH = 200;

	private static final Set<String> KEPT = Set.of("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h1",
			"h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
			"blockquote");

	static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "h3", "h4", "h5", "h6", "table", "thead", "tbody",
			"tfoot", "tr", "caption", "blockquote");

	/**
	 * Block containers not kept: they become a paragraph, or are unwrapped when they hold
	 * blocks.
	 */
	private static final Set<String> BLOCKISH = Set.of("div", "section", "article", "header", "footer", "main", "aside",
			"nav", "address", "center", "pre", "figure", "figcaption", "dl", "dt", "dd", "details", "summary",
			"fieldset", "legend", "hgroup", "dialog", "search", "listing", "plaintext", "menu", "dir");

	/** Harmless inline formatting not kept: unwrapped without a note. */
	private static final Set<String> INLINE = Set.of("span", "font", "small", "big", "sub", "sup", "s", "strike", "del",
			"ins", "code", "kbd", "samp", "var", "mark", "abbr", "acronym", "cite", "q", "dfn", "time", "tt", "bdi",
			"bdo", "label", "nobr", "data", "ruby", "rb", "rt", "rtc", "rp", "html", "body", "blink", "marquee",
			"output", "meter", "progress", "slot");

	/** Dropped silently, content and all: layout leftovers with no text. */
	private static final Set<String> SILENT_DROP = Set.of("hr", "wbr", "col", "colgroup", "area", "map", "track",
			"source", "param");

	/** Tags resolved once: creating elements by name looks the tag up every time. */
	private static final Map<String, Tag> TAGS = new java.util.HashMap<>();

	static {
		for (String name : List.of("p", "br", "b", "i", "u", "ul", "ol", "li", "h3", "h4", "h5", "h6", "table", "thead",
				"tbody", "tfoot", "tr", "th", "td", "caption", "blockquote", "a", MARK)) {
			TAGS.put(name, Tag.valueOf(name));
		}
	}

	private final Domains allowedDomains;

	HtmlSanitizer(Domains allowedDomains) {
		this.allowedDomains = allowedDomains;
	}

	/**
	 * Sanitizes a body.
	 * @param html the body as written
	 * @return the clean document (with markers still in it), the findings and the notes
	 */
	Result sanitize(String html) {
		Document raw = Jsoup.parseBodyFragment(html);
		Document clean = Document.createShell("");
		clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
		Walk walk = new Walk();
		walk.copyChildren(raw.body(), clean.body(), false, 0);
		return new Result(clean, walk.findings, walk.notes, walk.removedTags);
	}

	/**
	 * What sanitizing produced.
	 *
	 * @param document the clean document, markers included
	 * @param findings links and images, in document order; marker {@code i} is finding
	 * {@code i}
	 * @param notes what was removed, counted
	 * @param removedTags the names of unknown elements that were unwrapped
	 */
	record Result(Document document, List<HtmlFinding> findings, Map<NoteKind, Integer> notes,
			Set<String> removedTags) {

	}

	/** What sanitizing removes, reported as notes. */
	enum NoteKind {

		SCRIPT_REMOVED, EVENT_HANDLER_REMOVED, STYLE_REMOVED, FORM_REMOVED, FRAME_REMOVED, OBJECT_REMOVED,
		MEDIA_REMOVED, COMMENT_REMOVED, ELEMENT_REMOVED, LINK_REMOVED, IMAGE_REMOVED, NESTING_TOO_DEEP

	}

	private final class Walk {

		final List<HtmlFinding> findings = new ArrayList<>(4);

		final Map<NoteKind, Integer> notes = new EnumMap<>(NoteKind.class);

		final Set<String> removedTags = new TreeSet<>();

		void note(NoteKind kind) {
			this.notes.merge(kind, 1, Integer::sum);
		}

		void copyChildren(Element from, Element to, boolean hidden, int depth) {
			for (int i = 0, count = from.childNodeSize(); i < count; i++) {
				Node child = from.childNode(i);
				if (child instanceof TextNode text) {
					// CDATA is a TextNode too; its text is plain text here.
					to.appendChild(new TextNode(text.getWholeText()));
				}
				else if (child instanceof Element element) {
					copyElement(element, to, hidden, depth + 1);
				}
				else if (child instanceof Comment) {
					note(NoteKind.COMMENT_REMOVED);
				}
				else if (child instanceof DataNode) {
					// script or style content outside its element cannot happen; nothing
					// to copy
				}
			}
		}

		void copyElement(Element element, Element to, boolean hiddenAncestor, int depth) {
			if (depth > MAX_DEPTH) {
				note(NoteKind.NESTING_TOO_DEEP);
				return;
			}
			String name = element.normalName();
			boolean hidden = hiddenAncestor || isHidden(element);
			scanAttributes(element, to);
			switch (name) {
				case "script", "noscript" -> note(NoteKind.SCRIPT_REMOVED);
				case "style" -> {
					note(NoteKind.STYLE_REMOVED);
					if (hasCssImage(element.data())) {
						mark(to, HtmlFinding.Kind.IMAGE_CSS, cssUrl(element.data()));
					}
				}
				case "link" -> note(NoteKind.STYLE_REMOVED);
				case "iframe", "frame", "frameset", "noframes", "portal", "fencedframe" -> note(NoteKind.FRAME_REMOVED);
				case "object", "embed", "applet" -> note(NoteKind.OBJECT_REMOVED);
				case "form", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "keygen",
						"isindex" ->
					note(NoteKind.FORM_REMOVED);
				case "audio", "video", "canvas", "picture", "bgsound" -> {
					note(NoteKind.MEDIA_REMOVED);
					if (name.equals("picture")) {
						// every source loads from the network as much as the img does
						for (Element source : element.getElementsByTag("source")) {
							image(source, to, hidden);
						}
						for (Element img : element.getElementsByTag("img")) {
							image(img, to, hidden);
						}
					}
				}
				case "svg", "math", "template", "noembed", "xmp", "title", "head", "meta", "base" -> {
					note(NoteKind.ELEMENT_REMOVED);
					this.removedTags.add(name);
				}
				case "img", "image" -> image(element, to, hidden);
				case "a" -> link(element, to, hidden, depth);
				default -> {
					if (KEPT.contains(name)) {
						keep(element, name, to, hidden, depth);
					}
					else if (SILENT_DROP.contains(name)) {
						// nothing to keep
					}
					else if (INLINE.contains(name)) {
						copyChildren(element, to, hidden, depth);
					}
					else if (BLOCKISH.contains(name)) {
						blockish(element, to, hidden, depth);
					}
					else {
						note(NoteKind.ELEMENT_REMOVED);
						this.removedTags.add(name.length() > 40 ? name.substring(0, 40) : name);
						copyChildren(element, to, hidden, depth);
					}
				}
			}
		}

		private void keep(Element element, String name, Element to, boolean hidden, int depth) {
			String outName = switch (name) {
				case "h1", "h2" -> "h3";
				case "strong" -> "b";
				case "em" -> "i";
				default -> name;
			};
			Element out = element(outName);
			switch (name) {
				case "td", "th" -> {
					copyNumber(element, out, "colspan");
					copyNumber(element, out, "rowspan");
				}
				case "ol" -> copyNumber(element, out, "start");
				default -> {
				}
			}
			to.appendChild(out);
			if (!name.equals("br")) {
				copyChildren(element, out, hidden, depth);
			}
		}

		private void blockish(Element element, Element to, boolean hidden, int depth) {
			Element paragraph = element("p");
			copyChildren(element, paragraph, hidden, depth);
			boolean holdsBlocks = false;
			for (Element child : paragraph.children()) {
				if (BLOCKS.contains(child.normalName())) {
					holdsBlocks = true;
					break;
				}
			}
			if (holdsBlocks || to.normalName().equals("p")) {
				to.appendChildren(new ArrayList<>(paragraph.childNodes()));
			}
			else if (paragraph.childNodeSize() > 0) {
				to.appendChild(paragraph);
			}
		}

		private void copyNumber(Element from, Element to, String attribute) {
			String value = from.attr(attribute).trim();
			if (!value.isEmpty() && value.length() <= 3 && value.chars().allMatch(Character::isDigit)) {
				to.attr(attribute, value);
			}
		}

		private void link(Element element, Element to, boolean hidden, int depth) {
			if (!element.hasAttr("href")) {
				copyChildren(element, to, hidden, depth);
				return;
			}
			String href = Urls.clean(element.attr("href"));
			Urls.Parsed url = Urls.parse(href);
			HtmlFinding.Kind kind = switch (url.scheme()) {
				case "https" ->
					(url.host() != null && !url.hasUserInfo() && HtmlSanitizer.this.allowedDomains.allows(url.host()))
							? HtmlFinding.Kind.LINK_ALLOWED : HtmlFinding.Kind.LINK_EXTERNAL;
				case "http" -> HtmlFinding.Kind.LINK_INSECURE;
				case "mailto" -> HtmlFinding.Kind.LINK_MAILTO;
				case "tel", "sms", "callto", "facetime" -> HtmlFinding.Kind.LINK_TEL;
				case "" -> null;
				default -> HtmlFinding.Kind.LINK_SCHEME;
			};
			if (kind == null) {
				// relative or fragment link: meaningless in a message, text kept
				note(NoteKind.LINK_REMOVED);
				copyChildren(element, to, hidden, depth);
				return;
			}
			Element mark = mark(null, kind, href);
			copyChildren(element, mark, hidden, depth);
			if (kind == HtmlFinding.Kind.LINK_ALLOWED) {
				Element out = element("a");
				out.attr("href", url.normalized());
				out.attr("rel", "nofollow noopener");
				out.appendChild(mark);
				to.appendChild(out);
			}
			else {
				note(NoteKind.LINK_REMOVED);
				to.appendChild(mark);
			}
		}

		private void image(Element element, Element to, boolean hidden) {
			String src = Urls
				.clean(element.hasAttr("src") ? element.attr("src") : element.hasAttr("href") ? element.attr("href")
						: element.hasAttr("xlink:href") ? element.attr("xlink:href") : firstSrcset(element));
			if (src.isEmpty()) {
				return;
			}
			Urls.Parsed url = Urls.parse(src);
			boolean remote = url.scheme().equals("http") || url.scheme().equals("https") || src.startsWith("//");
			if (!remote) {
				// inline (data:) and other images never stay: they travel as attachments
				note(NoteKind.IMAGE_REMOVED);
				return;
			}
			boolean pixel = hidden || isTiny(element);
			mark(to, pixel ? HtmlFinding.Kind.IMAGE_PIXEL : HtmlFinding.Kind.IMAGE_REMOTE, src);
		}

		private String firstSrcset(Element element) {
			String srcset = element.attr("srcset").trim();
			int space = srcset.indexOf(' ');
			return (space > 0) ? srcset.substring(0, space) : srcset;
		}

		private Element mark(Element to, HtmlFinding.Kind kind, String url) {
			Element mark = element(MARK);
			mark.attr(MARK_INDEX, Integer.toString(this.findings.size()));
			this.findings
				.add(new HtmlFinding(kind, url.length() > 200 ? url.substring(0, 200) : url, this.findings.size()));
			if (to != null) {
				to.appendChild(mark);
			}
			return mark;
		}

		private void scanAttributes(Element element, Element to) {
			boolean handler = false;
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				if (key.startsWith("on")) {
					handler = true;
				}
				else if (key.equals("style")) {
					note(NoteKind.STYLE_REMOVED);
					if (hasCssImage(attribute.getValue())) {
						mark(to, HtmlFinding.Kind.IMAGE_CSS, cssUrl(attribute.getValue()));
					}
				}
				else if (key.equals("background") && !attribute.getValue().isBlank()) {
					mark(to, HtmlFinding.Kind.IMAGE_CSS, Urls.clean(attribute.getValue()));
				}
			}
			if (handler) {
				note(NoteKind.EVENT_HANDLER_REMOVED);
			}
		}

	}

	private static Element element(String name) {
		return new Element(TAGS.get(name), "");
	}

	private static boolean isHidden(Element element) {
		if (element.hasAttr("hidden")) {
			return true;
		}
		String style = element.attr("style");
		if (style.isEmpty()) {
			return false;
		}
		String css = style.toLowerCase(Locale.ROOT).replace(" ", "");
		return css.contains("display:none") || css.contains("visibility:hidden") || css.contains("opacity:0;")
				|| css.endsWith("opacity:0") || css.contains("opacity:0.0") || css.contains("max-height:0")
				|| css.contains("max-width:0");
	}

	private static boolean isTiny(Element element) {
		if (isTinyLength(element.attr("width")) || isTinyLength(element.attr("height"))) {
			return true;
		}
		String css = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
		return isTinyLength(cssValue(css, "width:")) || isTinyLength(cssValue(css, "height:"));
	}

	private static String cssValue(String css, String property) {
		int at = css.indexOf(property);
		if (at < 0 || (at > 0 && css.charAt(at - 1) == '-')) {
			return "";
		}
		int end = css.indexOf(';', at);
		return css.substring(at + property.length(), (end < 0) ? css.length() : end);
	}

	/** Whether a width or height is 0, 1 or 2 pixels. */
	private static boolean isTinyLength(String value) {
		String trimmed = value.trim();
		int digits = 0;
		while (digits < trimmed.length() && Character.isDigit(trimmed.charAt(digits))) {
			digits++;
		}
		if (digits == 0 || digits > 3) {
			return false;
		}
		String unit = trimmed.substring(digits).trim();
		if (!unit.isEmpty() && !unit.startsWith("px") && !unit.startsWith(".")) {
			return false;
		}
		return Integer.parseInt(trimmed.substring(0, digits)) <= 2;
	}

	private static boolean hasCssImage(String css) {
		String lower = css.toLowerCase(Locale.ROOT);
		return lower.contains("url(") || lower.contains("image-set(") || lower.contains("@import");
	}

	private static String cssUrl(String css) {
		String lower = css.toLowerCase(Locale.ROOT);
		int at = lower.indexOf("url(");
		if (at < 0) {
			return css.length() > 100 ? css.substring(0, 100) : css;
		}
		int end = css.indexOf(')', at);
		String url = css.substring(at + 4, (end < 0) ? css.length() : end).trim();
		if (url.length() > 1 && (url.charAt(0) == '"' || url.charAt(0) == '\'')) {
			url = url.substring(1, url.length() - 1);
		}
		return Urls.clean(url);
	}

}
