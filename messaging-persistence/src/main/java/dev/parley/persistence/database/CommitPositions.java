package dev.parley.persistence.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The write-ahead log position of each caller's last commit on the primary, so that a
 * read on a replica can wait until the replica has replayed it. Bounded: the callers who
 * wrote least recently are forgotten first, and a caller not remembered is held to the
 * newest position ever forgotten, never earlier than their own last commit. Reads with no
 * caller (background work) are held to the newest commit this instance made.
 */
final class CommitPositions {

	private final Supplier<@Nullable String> callerKey;

	private final Map<String, WalPosition> byCaller;

	private final AtomicLong newest = new AtomicLong();

	private final AtomicLong forgottenUpTo = new AtomicLong();

	CommitPositions(Supplier<@Nullable String> callerKey, int capacity) {
		this.callerKey = callerKey;
		this.byCaller = new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, WalPosition> eldest) {
				if (size() > capacity) {
					forgottenUpTo.accumulateAndGet(eldest.getValue().value(), CommitPositions::unsignedMax);
					return true;
				}
				return false;
			}

		};
	}

	/** The current caller committed; the primary's log has reached {@code position}. */
	void committed(WalPosition position) {
		this.newest.accumulateAndGet(position.value(), CommitPositions::unsignedMax);
		String key = this.callerKey.get();
		if (key != null) {
			synchronized (this.byCaller) {
				this.byCaller.merge(key, position, (a, b) -> a.reached(b) ? a : b);
			}
		}
	}

	/** What a replica must have replayed before it may answer the current caller. */
	WalPosition required() {
		String key = this.callerKey.get();
		if (key == null) {
			return new WalPosition(this.newest.get());
		}
		WalPosition own;
		synchronized (this.byCaller) {
			own = this.byCaller.get(key);
		}
		return (own != null) ? own : new WalPosition(this.forgottenUpTo.get());
	}

	private static long unsignedMax(long a, long b) {
		return (Long.compareUnsigned(a, b) >= 0) ? a : b;
	}

}
