package dev.parley.core.moderation;

import dev.parley.core.account.MessagingStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an admin decides about a flag or a seller.
 */
public enum DecisionKind {

	/** Nothing wrong; the flag is closed. */
	DISMISS(null),

	/** A platform notice warns the seller; status WARNED. */
	WARN(MessagingStatus.WARNED),

	/** The seller can no longer send; status SUSPENDED. */
	SUSPEND(MessagingStatus.SUSPENDED),

	/** Lifts a suspension or warning; status ACTIVE. */
	REINSTATE(MessagingStatus.ACTIVE);

	private final @Nullable MessagingStatus resultingStatus;

	DecisionKind(@Nullable MessagingStatus resultingStatus) {
		this.resultingStatus = resultingStatus;
	}

	/**
	 * The seller's messaging status after this decision.
	 * @return the new status, or null when the decision leaves it unchanged
	 */
	public @Nullable MessagingStatus resultingStatus() {
		return this.resultingStatus;
	}

}
