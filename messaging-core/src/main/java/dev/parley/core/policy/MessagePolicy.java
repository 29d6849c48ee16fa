package dev.parley.core.policy;

import dev.parley.core.account.Role;

/**
 * The rules engine: every channel (web, API, email) checks drafts through it, and the dry
 * run ({@code POST /policy/check}) calls exactly the same method.
 */
public interface MessagePolicy {

	/**
	 * Checks a draft against every rule.
	 * @param draft the draft and its context
	 * @return the decision; never throws for bad content
	 */
	Decision check(Draft draft);

	/**
	 * Checks one file on upload, before any message: type from the content, extension
	 * agreeing, not empty, not too large, no active content; and reads what it contains,
	 * once (the reading goes with the file into the message's check).
	 * @param attachment the file
	 * @param senderRole who uploads it
	 * @return the detected type, or the violations
	 */
	AttachmentCheck checkAttachment(DraftAttachment attachment, Role senderRole);

}
