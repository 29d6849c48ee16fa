package dev.parley.persistence.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The primary, remembering where its log stood after each read-write transaction that
 * used it committed ({@code pg_current_wal_lsn()}, asked on the transaction's own
 * connection right after the commit: the commit record, flushed by the synchronous
 * commit, lies before it). One extra round trip per write transaction, only when replicas
 * are configured.
 */
final class CommitTrackingDataSource extends DelegatingDataSource {

	private static final Log logger = LogFactory.getLog(CommitTrackingDataSource.class);

	private final CommitPositions positions;

	CommitTrackingDataSource(DataSource primary, CommitPositions positions) {
		super(primary);
		this.positions = positions;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, connection);
			TransactionSynchronizationManager.registerSynchronization(new AfterCommit(connection));
		}
		return connection;
	}

	WalPosition position(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
			rows.next();
			return WalPosition.parse(rows.getString(1));
		}
	}

	private final class AfterCommit implements TransactionSynchronization {

		private final Connection connection;

		AfterCommit(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void afterCommit() {
			WalPosition position;
			try {
				position = position(this.connection);
			}
			catch (SQLException ex) {
				// The transaction's connection is gone already: ask another one (later
				// than
				// the commit, so still a safe bound).
				try (Connection other = obtainTargetDataSource().getConnection()) {
					position = position(other);
				}
				catch (SQLException again) {
					logger.warn("Could not read the primary's log position after a commit", again);
					return;
				}
			}
			CommitTrackingDataSource.this.positions.committed(position);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CommitTrackingDataSource.this);
		}

	}

}
