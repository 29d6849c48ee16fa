package dev.parley.persistence.database;

import java.io.Closeable;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Where a read-only transaction gets its connection: a replica that has replayed the
 * caller's last commit, else, after a bounded wait, the primary. The replicas are taken
 * in turn; one that refuses a connection is left out for a few seconds. The counts say
 * where the reads went ({@link #stats()}).
 */
final class ReplicaReads implements DataSource, Closeable {

	private static final Log logger = LogFactory.getLog(ReplicaReads.class);

	private static final long DOWN_NANOS = 5_000_000_000L;

	private final List<Replica> replicas;

	private final DataSource primary;

	private final CommitPositions positions;

	private final long waitNanos;

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicLong toReplica = new AtomicLong();

	private final AtomicLong waited = new AtomicLong();

	private final AtomicLong toPrimaryBehind = new AtomicLong();

	private final AtomicLong toPrimaryDown = new AtomicLong();

	ReplicaReads(List<Replica> replicas, DataSource primary, CommitPositions positions, long waitNanos) {
		this.replicas = List.copyOf(replicas);
		this.primary = primary;
		this.positions = positions;
		this.waitNanos = waitNanos;
	}

	@Override
	public Connection getConnection() throws SQLException {
		WalPosition required = this.positions.required();
		long deadline = System.nanoTime() + this.waitNanos;
		boolean behind = false;
		int start = Math.floorMod(this.next.getAndIncrement(), this.replicas.size());
		for (int i = 0; i < this.replicas.size(); i++) {
			Replica replica = this.replicas.get((start + i) % this.replicas.size());
			if (replica.isDown()) {
				continue;
			}
			Connection connection;
			try {
				connection = replica.pool().getConnection();
			}
			catch (SQLException ex) {
				replica.markDown(ex);
				continue;
			}
			try {
				if (replica.hasReplayed(required) || replica.awaitReplay(connection, required, deadline, this)) {
					this.toReplica.incrementAndGet();
					return connection;
				}
				behind = true;
			}
			catch (SQLException ex) {
				replica.markDown(ex);
			}
			connection.close();
		}
		(behind ? this.toPrimaryBehind : this.toPrimaryDown).incrementAndGet();
		return this.primary.getConnection();
	}

	/** Where the read-only transactions of this instance went so far. */
	ReplicaStats stats() {
		return new ReplicaStats(this.toReplica.get(), this.waited.get(), this.toPrimaryBehind.get(),
				this.toPrimaryDown.get());
	}

	@Override
	public void close() {
		for (Replica replica : this.replicas) {
			if (replica.pool() instanceof Closeable closeable) {
				try {
					closeable.close();
				}
				catch (java.io.IOException ex) {
					logger.debug("Closing a replica pool failed", ex);
				}
			}
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("Replica connections use the configured login");
	}

	@Override
	public PrintWriter getLogWriter() {
		return new PrintWriter(System.out);
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() {
		return Logger.getLogger("dev.parley.persistence.database");
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		throw new SQLException("Not a wrapper for " + iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return iface.isInstance(this);
	}

	/**
	 * One replica: its pool and the newest replay position seen on it (positions only
	 * grow, so a caller whose commit is older needs no question to the server).
	 */
	static final class Replica {

		private final String name;

		private final DataSource pool;

		private final AtomicLong replayed = new AtomicLong();

		private volatile long downUntil;

		Replica(String name, DataSource pool) {
			this.name = name;
			this.pool = pool;
		}

		DataSource pool() {
			return this.pool;
		}

		boolean hasReplayed(WalPosition required) {
			return new WalPosition(this.replayed.get()).reached(required);
		}

		boolean awaitReplay(Connection connection, WalPosition required, long deadline, ReplicaReads reads)
				throws SQLException {
			boolean counted = false;
			try (Statement statement = connection.createStatement()) {
				while (true) {
					WalPosition position = replayPosition(statement);
					this.replayed.accumulateAndGet(position.value(),
							(a, b) -> (Long.compareUnsigned(a, b) >= 0) ? a : b);
					if (position.reached(required)) {
						return true;
					}
					if (System.nanoTime() - deadline >= 0) {
						return false;
					}
					if (!counted) {
						reads.waited.incrementAndGet();
						counted = true;
					}
					try {
						Thread.sleep(1);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				}
			}
		}

		private static WalPosition replayPosition(Statement statement) throws SQLException {
			try (ResultSet rows = statement.executeQuery("SELECT pg_last_wal_replay_lsn()::text")) {
				rows.next();
				String lsn = rows.getString(1);
				if (lsn == null) {
					throw new SQLException("Not a replica: pg_last_wal_replay_lsn() is null");
				}
				return WalPosition.parse(lsn);
			}
		}

		boolean isDown() {
			long until = this.downUntil;
			return until != 0 && System.nanoTime() - until < 0;
		}

		void markDown(SQLException ex) {
			this.downUntil = System.nanoTime() + DOWN_NANOS;
			logger.warn("Replica " + this.name + " is left out for 5 s: " + ex.getMessage());
		}

	}

}
