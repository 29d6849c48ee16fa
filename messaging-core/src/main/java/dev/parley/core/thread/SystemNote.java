package dev.parley.core.thread;

/**
 * A note the system appends after a message, for the seller only.
 */
public enum SystemNote {

	/** "Not delivered: the buyer has opted out of non-essential messages." */
	NOT_DELIVERED_OPTED_OUT;

	/**
	 * The message-bundle key of the note's text.
	 * @return the key
	 */
	public String messageKey() {
		return "note.notDelivered.optedOut";
	}

}
