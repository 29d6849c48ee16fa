package dev.parley.core.inbox;

import org.jspecify.annotations.Nullable;

/**
 * The seller inbox's assignment filter, on top of the filter: threads assigned to the
 * viewer ("Mine") or to nobody ("Unassigned").
 *
 * @param unassigned true for "Unassigned", false for "Mine"
 * @param member for "Mine": the id of the viewing member of the seller's team, or null
 * when the seller account's owner views (a plain id: the team's types refer to the
 * inbox's neighbours)
 */
public record InboxAssignment(boolean unassigned, @Nullable Long member) {

	public InboxAssignment {
		if (unassigned && member != null) {
			throw new IllegalArgumentException("\"Unassigned\" is nobody's");
		}
	}

	/** "Unassigned". */
	public static InboxAssignment none() {
		return new InboxAssignment(true, null);
	}

	/**
	 * "Mine".
	 * @param member the viewing member's id, or null for the owner
	 * @return the filter
	 */
	public static InboxAssignment mine(@Nullable Long member) {
		return new InboxAssignment(false, member);
	}

	/**
	 * The request parameter's value.
	 * @return {@code none} or {@code me}
	 */
	public String parameter() {
		return this.unassigned ? "none" : "me";
	}

	/** A small number for cursors: 1 "Mine", 2 "Unassigned" (0: no assignment filter). */
	public int code() {
		return this.unassigned ? 2 : 1;
	}

}
