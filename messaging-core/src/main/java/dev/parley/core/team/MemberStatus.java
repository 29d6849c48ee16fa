package dev.parley.core.team;

/**
 * Where a member stands. Only an {@link #ACTIVE} member signs in; a suspended or removed
 * member's sessions and tokens stop working at the next request.
 */
public enum MemberStatus {

	/** Invited; has not set a password yet. */
	INVITED,

	ACTIVE,

	/** Temporarily locked out by the owner; can be reactivated. */
	SUSPENDED,

	/** Removed for good (the record keeps what they wrote). */
	REMOVED

}
