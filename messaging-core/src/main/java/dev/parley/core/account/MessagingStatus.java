package dev.parley.core.account;

/**
 * Where a buyer or a seller stands with trust and safety. Only {@link #SUSPENDED} stops
 * sending.
 */
public enum MessagingStatus {

	ACTIVE, WARNED, SUSPENDED;

	public boolean maySend() {
		return this != SUSPENDED;
	}

}
