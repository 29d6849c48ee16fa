package dev.parley.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain text of sanitized HTML as it renders: white space collapsed, a line break for
 * {@code br} and between blocks, a tab between table cells, nothing leading or trailing.
 * Rule spans refer to this text. Optionally it records, for every character, the text
 * node and offset it came from, so that redaction can work in the DOM.
 */
final class TextRenderer {

	private final StringBuilder text = new StringBuilder(256);

	private final boolean mapping;

	private final List<TextNode> nodes;

	private int[] nodeOf;

	private int[] offsetOf;

	private final int[] markStart;

	private final int[] markEnd;

	private boolean pendingSpace;

	private int pendingSpaceNode = -1;

	private int pendingSpaceOffset = -1;

	private boolean pendingBreak;

	private boolean pendingTab;

	private int[] openMarks = new int[4];

	private int openMarkCount;

	private TextRenderer(boolean mapping, int markers) {
		this.mapping = mapping;
		this.nodes = mapping ? new ArrayList<>() : List.of();
		this.nodeOf = mapping ? new int[256] : new int[0];
		this.offsetOf = mapping ? new int[256] : new int[0];
		this.markStart = new int[markers];
		this.markEnd = new int[markers];
		Arrays.fill(this.markStart, -1);
	}

	static Rendered render(Element root, int markers, boolean mapping) {
		TextRenderer renderer = new TextRenderer(mapping, markers);
		renderer.children(root, 0);
		return renderer.finish();
	}

	private void children(Element element, int depth) {
		boolean row = element.normalName().equals("tr");
		boolean firstCell = true;
		for (int i = 0, count = element.childNodeSize(); i < count; i++) {
			Node child = element.childNode(i);
			if (child instanceof TextNode textNode) {
				text(textNode);
			}
			else if (child instanceof Element childElement) {
				element(childElement, depth + 1, row && !firstCell);
				firstCell &= !row;
			}
		}
	}

	private void element(Element element, int depth, boolean laterCell) {
		String name = element.normalName();
		if (name.equals("br")) {
			if (this.text.length() > 0) {
				if (this.pendingBreak && this.text.charAt(this.text.length() - 1) != '\n') {
					append('\n', -1, -1);
				}
				append('\n', -1, -1);
			}
			this.pendingBreak = false;
			this.pendingTab = false;
			this.pendingSpace = false;
			return;
		}
		if (name.equals(HtmlSanitizer.MARK)) {
			// a marker must not change the text: its start is where its first character
			// lands, after any separator that is still pending
			int index = Integer.parseInt(element.attr(HtmlSanitizer.MARK_INDEX));
			if (this.openMarkCount == this.openMarks.length) {
				this.openMarks = Arrays.copyOf(this.openMarks, this.openMarkCount * 2);
			}
			this.openMarks[this.openMarkCount++] = index;
			children(element, depth);
			if (this.markStart[index] < 0) {
				this.markStart[index] = this.text.length();
			}
			this.markEnd[index] = this.text.length();
			for (int k = 0; k < this.openMarkCount; k++) {
				if (this.openMarks[k] == index) {
					this.openMarks[k] = this.openMarks[--this.openMarkCount];
					break;
				}
			}
			return;
		}
		boolean block = HtmlSanitizer.BLOCKS.contains(name) || name.equals("h1") || name.equals("h2");
		if (block) {
			breakLine();
		}
		else if (laterCell) {
			if (this.text.length() > 0 && !this.pendingBreak) {
				this.pendingTab = true;
				this.pendingSpace = false;
			}
		}
		children(element, depth);
		if (block) {
			breakLine();
		}
	}

	private void breakLine() {
		if (this.text.length() > 0) {
			this.pendingBreak = true;
		}
		this.pendingTab = false;
		this.pendingSpace = false;
	}

	private void text(TextNode node) {
		String raw = node.getWholeText();
		int nodeIndex = -1;
		if (this.mapping) {
			nodeIndex = this.nodes.size();
			this.nodes.add(node);
		}
		int length = raw.length();
		int i = 0;
		while (i < length) {
			char c = raw.charAt(i);
			if (isCollapsible(c)) {
				if (this.text.length() > 0 && !this.pendingSpace) {
					this.pendingSpace = true;
					this.pendingSpaceNode = nodeIndex;
					this.pendingSpaceOffset = i;
				}
				i++;
				continue;
			}
			flushSeparators();
			if (this.openMarkCount > 0) {
				startOpenMarks();
			}
			if (this.mapping) {
				append(c, nodeIndex, i);
				i++;
			}
			else {
				// a run of visible characters at once
				int end = i + 1;
				while (end < length && !isCollapsible(raw.charAt(end))) {
					end++;
				}
				this.text.append(raw, i, end);
				i = end;
			}
		}
	}

	private static boolean isCollapsible(char c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
	}

	private void startOpenMarks() {
		for (int k = 0; k < this.openMarkCount; k++) {
			if (this.markStart[this.openMarks[k]] < 0) {
				this.markStart[this.openMarks[k]] = this.text.length();
			}
		}
	}

	private void flushSeparators() {
		if (this.text.length() == 0) {
			this.pendingBreak = false;
			this.pendingTab = false;
			this.pendingSpace = false;
			return;
		}
		char last = this.text.charAt(this.text.length() - 1);
		if (this.pendingBreak) {
			if (last != '\n') {
				append('\n', -1, -1);
			}
		}
		else if (this.pendingTab) {
			append('\t', -1, -1);
		}
		else if (this.pendingSpace && last != '\n') {
			append(' ', this.pendingSpaceNode, this.pendingSpaceOffset);
		}
		this.pendingBreak = false;
		this.pendingTab = false;
		this.pendingSpace = false;
	}

	private void append(char c, int node, int offset) {
		if (this.mapping) {
			int at = this.text.length();
			if (at == this.nodeOf.length) {
				this.nodeOf = Arrays.copyOf(this.nodeOf, at * 2);
				this.offsetOf = Arrays.copyOf(this.offsetOf, at * 2);
			}
			this.nodeOf[at] = node;
			this.offsetOf[at] = offset;
		}
		this.text.append(c);
	}

	private Rendered finish() {
		int length = this.text.length();
		while (length > 0 && Character.isWhitespace(this.text.charAt(length - 1))) {
			length--;
		}
		this.text.setLength(length);
		for (int i = 0; i < this.markStart.length; i++) {
			this.markStart[i] = Math.min(Math.max(this.markStart[i], 0), length);
			this.markEnd[i] = Math.min(Math.max(this.markEnd[i], this.markStart[i]), length);
		}
		return new Rendered(this.text.toString(), this.markStart, this.markEnd, this.nodes, this.nodeOf, this.offsetOf);
	}

	/**
	 * Rendered text.
	 *
	 * @param text the text
	 * @param markStart per marker, where its content starts
	 * @param markEnd per marker, where it ends
	 * @param nodes the text nodes in order (when mapping)
	 * @param nodeOf per character, the index of its node, -1 for separators (when
	 * mapping)
	 * @param offsetOf per character, its offset in the node's text (when mapping)
	 */
	record Rendered(String text, int[] markStart, int[] markEnd, List<TextNode> nodes, int[] nodeOf, int[] offsetOf) {

	}

}
