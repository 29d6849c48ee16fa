package dev.parley.core.moderation;

/**
 * Where a flag comes from.
 */
public enum FlagSource {

	/** A rule with outcome FLAG matched a delivered message. */
	RULE,

	/** A party reported a message. */
	REPORT,

	/** The system noticed a pattern, e.g. too many critical proactive messages. */
	SYSTEM

}
