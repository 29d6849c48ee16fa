package dev.parley.persistence.database;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PostgreSQL streaming replicas that serve read-only transactions
 * ({@code parley.database.replicas[i].url}, with optional {@code username} and
 * {@code password}, by default the primary's). None by default: one server does
 * everything, as before.
 *
 * @param replicas the replicas, tried in turn
 * @param replicaWait how long a read waits for a replica to replay the caller's last
 * commit before it goes to the primary instead
 * @param replicaPoolSize connections per replica (by default the primary pool's size)
 * @param callersRemembered how many callers' last commit positions this instance keeps
 * (the least recently writing are forgotten first; a forgotten caller's reads wait for
 * the newest commit this instance made)
 */
public record ReplicaProperties(List<Replica> replicas, @DefaultValue("100ms") Duration replicaWait,
		@DefaultValue("0") int replicaPoolSize, @DefaultValue("100000") int callersRemembered) {

	static final String PREFIX = "parley.database";

	public ReplicaProperties {
		replicas = (replicas != null) ? List.copyOf(replicas) : List.of();
		if (replicaWait.isNegative()) {
			throw new IllegalArgumentException("parley.database.replica-wait must not be negative");
		}
		if (replicaPoolSize < 0 || callersRemembered < 1) {
			throw new IllegalArgumentException(
					"parley.database.replica-pool-size must be >= 0 and callers-remembered >= 1");
		}
	}

	/**
	 * One replica.
	 *
	 * @param url its JDBC URL (the same database name as the primary's)
	 * @param username the login, by default the primary's
	 * @param password the password, by default the primary's
	 */
	public record Replica(String url, @Nullable String username, @Nullable String password) {

		public Replica {
			if (url == null || !url.startsWith("jdbc:postgresql:")) {
				throw new IllegalArgumentException("parley.database.replicas[].url must be a jdbc:postgresql: URL");
			}
		}

	}

}
