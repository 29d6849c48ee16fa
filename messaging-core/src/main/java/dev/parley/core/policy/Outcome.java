package dev.parley.core.policy;

/**
 * What a rule hit does to a message, configured per rule and sender role.
 */
public enum Outcome {

	/** Refused: nothing is stored; the sender sees every violation with its span. */
	BLOCK,

	/**
	 * The span is replaced by {@code [removed]}; the message is delivered; the sender is
	 * told.
	 */
	REDACT,

	/** Delivered, and the thread is queued for admin review with the span. */
	FLAG,

	/** The rule is not enforced for this role. */
	ALLOW

}
