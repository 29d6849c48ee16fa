package dev.parley.core.policy;

/**
 * The stable ids of the rules, exactly as SPEC §4 writes them. Clients match on these.
 */
public enum RuleId {

	// §4.1 who may message whom
	NO_RELATIONSHIP, MESSAGING_SUSPENDED,

	// issue 16: a member of the seller's team without the permission for this send
	MEMBER_PERMISSION,

	// §4.2 proactive window and critical messages
	PROACTIVE_WINDOW, IMPORTANT_MISUSE,

	// §4.3 review requests
	REVIEW_MANIPULATION, REVIEW_REQUEST_ALREADY_SENT, REVIEW_REQUEST_WINDOW,

	// §4.4 content
	CONTACT_EMAIL, CONTACT_PHONE, LINK_INSECURE, LINK_EXTERNAL, TRACKING_PIXEL, REMOTE_IMAGE, OPT_OUT_LINK,
	OFF_PLATFORM, PROMOTIONAL, THANK_YOU_ONLY, REDUNDANT_CONFIRMATION, EMOJI, BODY_TOO_LONG, SUBJECT_TOO_LONG,
	BODY_EMPTY,

	// §4.5 attachments
	ATTACHMENT_TYPE, ATTACHMENT_SIZE, ATTACHMENT_COUNT,

	// §4.5 attachments: macros, scripts, external references, embedded files; files that
	// cannot be read within the extraction limits (ZIP bombs, too many pages)
	ATTACHMENT_ACTIVE_CONTENT, ATTACHMENT_UNREADABLE

}
