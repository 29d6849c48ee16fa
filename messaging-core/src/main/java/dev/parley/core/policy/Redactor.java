package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Replaces REDACT spans by {@code [removed]}, in the DOM's text nodes so that the markup
 * stays valid. A span is first merged with overlapping ones, trimmed of white space and
 * split at line breaks and cell tabs (a span across two paragraphs becomes one
 * {@code [removed]} in each), so that the redacted HTML renders exactly the redacted
 * text.
 */
final class Redactor {

	static final String REMOVED = "[removed]";

	private Redactor() {
	}

	/**
	 * The pieces of text that become {@code [removed]}, in order.
	 * @param text the text the spans refer to
	 * @param spans the spans to redact, in any order
	 * @return disjoint, non-empty pieces without white space at their ends
	 */
	static List<Span> plan(String text, List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
		List<Span> merged = new ArrayList<>(sorted.size());
		for (Span span : sorted) {
			if (span.end() <= span.start()) {
				continue;
			}
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span.start() <= last.end()) {
				merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
			}
			else {
				merged.add(span);
			}
		}
		List<Span> pieces = new ArrayList<>(merged.size());
		for (Span span : merged) {
			int start = span.start();
			for (int i = span.start(); i <= span.end(); i++) {
				if (i == span.end() || text.charAt(i) == '\n' || text.charAt(i) == '\t') {
					int from = start;
					int to = i;
					while (from < to && Character.isWhitespace(text.charAt(from))) {
						from++;
					}
					while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
						to--;
					}
					if (to > from) {
						pieces.add(new Span(from, to));
					}
					start = i + 1;
				}
			}
		}
		return pieces;
	}

	/**
	 * Where a position of the text lands in the redacted text.
	 * @param pieces the plan
	 * @param position a position in the text
	 * @return the position in the redacted text (inside a piece: the start of its
	 * {@code [removed]})
	 */
	static int redactedPosition(List<Span> pieces, int position) {
		int shift = 0;
		for (Span piece : pieces) {
			if (position < piece.start()) {
				break;
			}
			if (position < piece.end()) {
				return piece.start() + shift;
			}
			shift += REMOVED.length() - (piece.end() - piece.start());
		}
		return position + shift;
	}

	static String apply(String text, List<Span> pieces) {
		StringBuilder redacted = new StringBuilder(text.length());
		int at = 0;
		for (Span piece : pieces) {
			redacted.append(text, at, piece.start()).append(REMOVED);
			at = piece.end();
		}
		return redacted.append(text, at, text.length()).toString();
	}

	/**
	 * Redacts the text nodes of a document.
	 * @param body the sanitized body (without markers)
	 * @param pieces the plan, on the body's rendered text
	 */
	static void apply(Element body, List<Span> pieces) {
		TextRenderer.Rendered rendered = TextRenderer.render(body, 0, true);
		int[] nodeOf = rendered.nodeOf();
		int[] offsetOf = rendered.offsetOf();
		for (int p = pieces.size() - 1; p >= 0; p--) {
			Span piece = pieces.get(p);
			// the nodes the piece covers, last first, so that earlier offsets stay valid
			int k = piece.end() - 1;
			while (k >= piece.start()) {
				int node = nodeOf[k];
				if (node < 0) {
					k--;
					continue;
				}
				int last = offsetOf[k];
				int first = last;
				int firstIndex = k;
				while (firstIndex - 1 >= piece.start() && nodeOf[firstIndex - 1] == node) {
					firstIndex--;
					first = offsetOf[firstIndex];
				}
				boolean firstNodeOfPiece = true;
				for (int before = firstIndex - 1; before >= piece.start(); before--) {
					if (nodeOf[before] >= 0) {
						firstNodeOfPiece = false;
						break;
					}
				}
				TextNode textNode = rendered.nodes().get(node);
				String raw = textNode.getWholeText();
				textNode.text(raw.substring(0, first) + (firstNodeOfPiece ? REMOVED : "") + raw.substring(last + 1));
				k = firstIndex - 1;
			}
		}
	}

}
