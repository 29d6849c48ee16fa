package dev.parley.web.testing;

import java.util.Map;
import java.util.TreeMap;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Markup as a comparable string: tags, attributes in name order and texts with their
 * white space collapsed. Tests hold a page part written in Java to the template it
 * replaced with it, element by element.
 */
public final class CanonicalHtml {

	private CanonicalHtml() {
	}

	/**
	 * @param node an element or a text
	 * @param keepSpaces whether white space between elements counts (as one space): it
	 * shows between inline elements
	 * @return the canonical form
	 */
	public static String of(Node node, boolean keepSpaces) {
		if (node instanceof TextNode text) {
			String collapsed = text.getWholeText().replaceAll("\\s+", " ");
			if (keepSpaces) {
				return "'" + collapsed + "'";
			}
			collapsed = collapsed.strip();
			return collapsed.isEmpty() ? "" : "'" + collapsed + "'";
		}
		if (!(node instanceof Element element)) {
			return "";
		}
		Map<String, String> attributes = new TreeMap<>();
		element.attributes().forEach((attribute) -> attributes.put(attribute.getKey(), attribute.getValue()));
		StringBuilder out = new StringBuilder("<").append(element.tagName()).append(attributes).append('>');
		for (Node child : element.childNodes()) {
			out.append(of(child, keepSpaces));
		}
		return out.append("</").append(element.tagName()).append('>').toString();
	}

}
