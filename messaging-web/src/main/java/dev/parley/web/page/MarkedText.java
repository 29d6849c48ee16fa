package dev.parley.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plain text cut into segments, some of them marked (a rule's span, a flagged part).
 * Templates render each segment with {@code th:text}, marked ones inside {@code <mark>}:
 * the text is always escaped, and the markup comes only from the template. Spans that
 * overlap are merged; spans outside the text are clamped.
 *
 * @param segments the text in order
 */
public record MarkedText(List<Segment> segments) {

	public MarkedText {
		segments = List.copyOf(segments);
	}

	/**
	 * Cuts a text at the given spans.
	 * @param text the plain text
	 * @param spans the parts to mark, in any order
	 * @return the segments
	 */
	public static MarkedText of(String text, List<Span> spans) {
		List<Span> sorted = new ArrayList<>();
		for (Span span : spans) {
			int start = Math.max(0, Math.min(span.start(), text.length()));
			int end = Math.max(start, Math.min(span.end(), text.length()));
			if (end > start) {
				sorted.add(new Span(start, end, span.label()));
			}
		}
		sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span.start() < last.end()) {
				merged.set(merged.size() - 1,
						new Span(last.start(), Math.max(last.end(), span.end()), joined(last.label(), span.label())));
			}
			else {
				merged.add(span);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Span span : merged) {
			if (span.start() > at) {
				segments.add(new Segment(text.substring(at, span.start()), false, null));
			}
			segments.add(new Segment(text.substring(span.start(), span.end()), true, span.label()));
			at = span.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false, null));
		}
		return new MarkedText(segments);
	}

	public boolean hasMarks() {
		return this.segments.stream().anyMatch(Segment::marked);
	}

	private static @Nullable String joined(@Nullable String first, @Nullable String second) {
		if (first == null || first.equals(second)) {
			return (first != null) ? first : second;
		}
		return (second == null) ? first : first + ", " + second;
	}

	/**
	 * A part of a text to mark.
	 *
	 * @param start start, inclusive
	 * @param end end, exclusive
	 * @param label what it is (a rule id), or null
	 */
	public record Span(int start, int end, @Nullable String label) {
	}

	/**
	 * A piece of the text.
	 *
	 * @param text the characters
	 * @param marked whether it is highlighted
	 * @param label for marked segments, what it is
	 */
	public record Segment(String text, boolean marked, @Nullable String label) {
	}

}
