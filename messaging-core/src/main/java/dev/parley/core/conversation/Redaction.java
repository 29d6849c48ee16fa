package dev.parley.core.conversation;

/**
 * A part of a message that the rules replaced by {@code [removed]} before delivery, as
 * the sender is told about it. The removed text itself is not kept.
 *
 * @param rule the id of the rule that removed it (for example {@code CONTACT_EMAIL})
 * @param start where {@code [removed]} starts in the stored plain text
 * @param end where it ends (exclusive)
 */
public record Redaction(String rule, int start, int end) {

	public Redaction {
		if (rule == null || rule.isBlank()) {
			throw new IllegalArgumentException("a redaction names its rule");
		}
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

}
