package dev.parley.persistence.database;

import java.io.Closeable;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The application's data source when replicas are configured: read-write work and
 * everything outside a transaction on the primary; a read-only transaction
 * ({@code @Transactional(readOnly = true)}, on its own, not joined to a write) on a
 * replica that has replayed the caller's last commit, else on the primary.
 * <p>
 * The choice is made when the transaction runs its first statement (the connection is
 * fetched lazily, so the read-only flag that the transaction manager sets at its start is
 * known by then); every statement of one transaction runs on the one connection chosen.
 */
public final class ReplicaRoutingDataSource extends LazyConnectionDataSourceProxy implements Closeable {

	private final ReplicaReads reads;

	ReplicaRoutingDataSource(DataSource primary, List<ReplicaReads.Replica> replicas, CommitPositions positions,
			long waitNanos) {
		CommitTrackingDataSource tracking = new CommitTrackingDataSource(primary, positions);
		this.reads = new ReplicaReads(replicas, tracking, positions, waitNanos);
		setTargetDataSource(tracking);
		setReadOnlyDataSource(this.reads);
		afterPropertiesSet();
	}

	/** Where this instance's read-only transactions went so far. */
	public ReplicaStats stats() {
		return this.reads.stats();
	}

	@Override
	public void close() {
		this.reads.close();
		if (((CommitTrackingDataSource) obtainTargetDataSource()).getTargetDataSource() instanceof Closeable primary) {
			try {
				primary.close();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

}
