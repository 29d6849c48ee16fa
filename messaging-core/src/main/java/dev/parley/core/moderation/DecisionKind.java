package dev.parley.core.moderation;

import java.util.List;

import dev.parley.core.account.MessagingStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an admin decides about a flag, a party (buyer or seller) or an appeal.
 */
public enum DecisionKind {

	/** Nothing wrong; the flag is closed. */
	DISMISS(null),

	/** A platform notice warns the seller; status WARNED. */
	WARN(MessagingStatus.WARNED),

	/** The seller can no longer send; status SUSPENDED. */
	SUSPEND(MessagingStatus.SUSPENDED),

	/**
	 * Lifts a suspension (the status in force before it returns: a warning stays) or, for
	 * a seller who is not suspended, a warning; see {@link #statusAfter}.
	 */
	REINSTATE(MessagingStatus.ACTIVE),

	/** An appeal is refused: the decision appealed stands. */
	UPHOLD(null),

	/**
	 * An appeal is granted: the decision appealed is undone and the status in force
	 * before it returns.
	 */
	OVERTURN(null);

	private final @Nullable MessagingStatus resultingStatus;

	DecisionKind(@Nullable MessagingStatus resultingStatus) {
		this.resultingStatus = resultingStatus;
	}

	/**
	 * Whether a party may appeal a decision of this kind.
	 * @return true for {@code WARN} and {@code SUSPEND}
	 */
	public boolean isAppealable() {
		return this == WARN || this == SUSPEND;
	}

	/**
	 * Whether this kind answers an appeal.
	 * @return true for {@code UPHOLD} and {@code OVERTURN}
	 */
	public boolean decidesAppeal() {
		return this == UPHOLD || this == OVERTURN;
	}

	/**
	 * The seller's messaging status after this decision, without regard to history (for
	 * {@code REINSTATE}: a seller who was not suspended).
	 * @return the new status, or null when the decision leaves it unchanged
	 */
	public @Nullable MessagingStatus resultingStatus() {
		return this.resultingStatus;
	}

	/**
	 * The seller's messaging status after this decision. {@code REINSTATE} of a suspended
	 * seller restores the status in force when the (latest) suspension began, found by
	 * replaying the seller's earlier decisions; a seller suspended outside any recorded
	 * decision returns to {@code ACTIVE}.
	 * @param current the status now
	 * @param earlier the seller's earlier decisions, oldest first
	 * @return the new status
	 */
	public MessagingStatus statusAfter(MessagingStatus current, List<DecisionKind> earlier) {
		if (this != REINSTATE) {
			return (this.resultingStatus != null) ? this.resultingStatus : current;
		}
		if (current != MessagingStatus.SUSPENDED) {
			return MessagingStatus.ACTIVE;
		}
		MessagingStatus status = MessagingStatus.ACTIVE;
		MessagingStatus beforeSuspension = MessagingStatus.ACTIVE;
		for (DecisionKind kind : earlier) {
			if (kind == SUSPEND) {
				beforeSuspension = (status != MessagingStatus.SUSPENDED) ? status : beforeSuspension;
				status = MessagingStatus.SUSPENDED;
			}
			else if (kind == REINSTATE) {
				status = (status == MessagingStatus.SUSPENDED) ? beforeSuspension : MessagingStatus.ACTIVE;
			}
			else if (kind == WARN) {
				status = MessagingStatus.WARNED;
			}
		}
		return (status == MessagingStatus.SUSPENDED) ? beforeSuspension : MessagingStatus.ACTIVE;
	}

}
