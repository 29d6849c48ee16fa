package dev.parley.core.policy;

/**
 * A range of a text, {@code end} exclusive.
 *
 * @param start the first character
 * @param end after the last character
 */
record Span(int start, int end) {

	Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

	boolean overlaps(Span other) {
		return this.start < other.end && other.start < this.end
				|| (this.start == this.end && other.start <= this.start && this.start < other.end);
	}

	boolean contains(int index) {
		return index >= this.start && index < this.end;
	}

}
