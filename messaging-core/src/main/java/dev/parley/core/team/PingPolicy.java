package dev.parley.core.team;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Which presence pings an instance passes on to the others, per member and thread: a
 * change of state at most once a {@link #MIN_INTERVAL}, the same state again only after
 * {@link #REFRESH} (it only keeps the viewer from expiring). Thread-safe; the time is
 * passed in.
 */
public final class PingPolicy {

	/** The shortest time between two relayed pings of a member on a thread. */
	public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

	/** How long a relayed state stands before the same state is relayed again. */
	public static final Duration REFRESH = Duration.ofSeconds(10);

	private final Map<Key, Relayed> relayed = new HashMap<>();

	/**
	 * Decides about a ping and, when it is to be relayed, remembers it.
	 * @param ping the ping
	 * @param now the time
	 * @return what to do with it
	 */
	public synchronized Decision decide(Presence.Pinged ping, Instant now) {
		Key key = new Key(ping.seller(), ping.thread(), ping.member());
		Relayed last = this.relayed.get(key);
		if (last != null) {
			Duration since = Duration.between(last.at(), now);
			if (last.state() == ping.state() && since.compareTo(REFRESH) < 0) {
				return Decision.UNCHANGED;
			}
			if (since.compareTo(MIN_INTERVAL) < 0) {
				return Decision.TOO_FREQUENT;
			}
		}
		this.relayed.put(key, new Relayed(ping.state(), now));
		return Decision.RELAY;
	}

	/**
	 * Forgets pings older than the presence expiry (nobody can be refused for them).
	 * @param now the time
	 */
	public synchronized void forget(Instant now) {
		this.relayed.values().removeIf((last) -> !last.at().plus(Presence.EXPIRY).isAfter(now));
	}

	/** What happens to a ping. */
	public enum Decision {

		/** Announced to every instance. */
		RELAY,

		/** The same state was relayed moments ago; nothing to tell. */
		UNCHANGED,

		/** A change less than {@link #MIN_INTERVAL} after the last one: refused. */
		TOO_FREQUENT

	}

	private record Key(AccountId seller, ThreadId thread, @Nullable MemberId member) {

		Key {
			Objects.requireNonNull(seller, "seller");
			Objects.requireNonNull(thread, "thread");
		}

	}

	private record Relayed(PresenceState state, Instant at) {
	}

}
