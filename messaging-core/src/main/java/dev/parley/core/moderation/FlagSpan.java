package dev.parley.core.moderation;

/**
 * A flagged part of a message, highlighted for the admin.
 *
 * @param rule the rule id that matched
 * @param start start in the message's stored plain text
 * @param end end (exclusive)
 * @param excerpt the matched text
 */
public record FlagSpan(String rule, int start, int end, String excerpt) {

	public FlagSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

}
