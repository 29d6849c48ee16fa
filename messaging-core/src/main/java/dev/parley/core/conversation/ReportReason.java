package dev.parley.core.conversation;

/**
 * Why a party reports a message of the other party.
 */
public enum ReportReason {

	SPAM, HARASSMENT, OFF_PLATFORM, REVIEW_MANIPULATION, OTHER

}
