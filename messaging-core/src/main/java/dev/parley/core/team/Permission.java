package dev.parley.core.team;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member of a seller's team may do. The account's owner may do everything.
 */
public enum Permission {

	/** See the inbox, threads, orders, metrics and internal notes; add internal notes. */
	READ_MESSAGES,

	/** Answer buyers ({@code REPLY}) and mark threads "No response needed". */
	REPLY,

	/** Send proactive messages and review requests. */
	PROACTIVE,

	/** Create, change and delete message templates. */
	MANAGE_TEMPLATES,

	/** Change the messaging settings and webhooks. */
	MANAGE_SETTINGS,

	/** Create and revoke their own API tokens. */
	MANAGE_API_TOKENS,

	/** Invite, suspend and remove members and change their permissions. */
	MANAGE_MEMBERS;

	/**
	 * Everything: the owner's permissions.
	 * @return every permission
	 */
	public static Set<Permission> all() {
		return EnumSet.allOf(Permission.class);
	}

}
