package dev.parley.persistence.database;

/**
 * Where this instance's read-only transactions went, counted since it started.
 *
 * @param toReplica served by a replica
 * @param waited of all, how many waited for a replica to replay the caller's last commit
 * (whether it caught up in time or not)
 * @param toPrimaryBehind served by the primary because no replica caught up in time
 * @param toPrimaryDown served by the primary because no replica answered
 */
public record ReplicaStats(long toReplica, long waited, long toPrimaryBehind, long toPrimaryDown) {

	/** Read-only transactions served by the primary, for either reason. */
	public long toPrimary() {
		return this.toPrimaryBehind + this.toPrimaryDown;
	}

}
