package dev.parley.core.team;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import org.jspecify.annotations.Nullable;

/**
 * Who of a seller's team has a thread open, and who is replying, as this instance last
 * heard (every instance hears every ping). Nothing is stored: a viewer without a ping for
 * {@link #EXPIRY} is gone. Thread-safe; the time is always passed in.
 */
public final class Presence {

	/** How long a viewer stays without a ping (the pages ping every 15 seconds). */
	public static final Duration EXPIRY = Duration.ofSeconds(40);

	private final Duration expiry;

	private final Map<ThreadKey, Map<Who, Viewer>> threads = new HashMap<>();

	public Presence() {
		this(EXPIRY);
	}

	public Presence(Duration expiry) {
		if (expiry.isNegative() || expiry.isZero()) {
			throw new IllegalArgumentException("expiry must be positive: " + expiry);
		}
		this.expiry = expiry;
	}

	/**
	 * Records a ping heard at a time.
	 * @param ping the ping
	 * @param at when it was heard
	 * @return whether what the thread's other viewers see changed (somebody came, left or
	 * changed state); a refresh of the same state changes nothing
	 */
	public synchronized boolean record(Pinged ping, Instant at) {
		ThreadKey key = new ThreadKey(ping.seller(), ping.thread());
		Who who = new Who(ping.member());
		if (ping.state() == PresenceState.GONE) {
			Map<Who, Viewer> viewers = this.threads.get(key);
			if (viewers == null) {
				return false;
			}
			Viewer gone = viewers.remove(who);
			if (viewers.isEmpty()) {
				this.threads.remove(key);
			}
			return gone != null && !expired(gone, at);
		}
		Viewer before = this.threads.computeIfAbsent(key, (k) -> new HashMap<>())
			.put(who, new Viewer(ping.member(), ping.name(), ping.state(), at));
		return before == null || expired(before, at) || before.state() != ping.state()
				|| !Objects.equals(before.name(), ping.name());
	}

	/**
	 * The thread's viewers other than the one asking.
	 * @param seller the thread's seller
	 * @param thread the thread
	 * @param me the member asking (null for the account's owner)
	 * @param now the time
	 * @return the others who pinged within the expiry, by name
	 */
	public synchronized List<Viewer> others(AccountId seller, ThreadId thread, @Nullable MemberId me, Instant now) {
		Map<Who, Viewer> viewers = this.threads.get(new ThreadKey(seller, thread));
		if (viewers == null) {
			return List.of();
		}
		List<Viewer> others = new ArrayList<>();
		viewers.forEach((who, viewer) -> {
			if (!who.equals(new Who(me)) && !expired(viewer, now)) {
				others.add(viewer);
			}
		});
		others.sort(Comparator.comparing((Viewer viewer) -> (viewer.name() != null) ? viewer.name() : "")
			.thenComparing((viewer) -> (viewer.member() != null) ? viewer.member().value() : 0L));
		return List.copyOf(others);
	}

	/**
	 * One viewer's presence.
	 * @param seller the thread's seller
	 * @param thread the thread
	 * @param member the member (null for the owner)
	 * @param now the time
	 * @return the viewer, unless expired or never seen
	 */
	public synchronized Optional<Viewer> find(AccountId seller, ThreadId thread, @Nullable MemberId member,
			Instant now) {
		Map<Who, Viewer> viewers = this.threads.get(new ThreadKey(seller, thread));
		Viewer viewer = (viewers != null) ? viewers.get(new Who(member)) : null;
		return (viewer != null && !expired(viewer, now)) ? Optional.of(viewer) : Optional.empty();
	}

	/**
	 * Forgets the viewers whose last ping is older than the expiry.
	 * @param now the time
	 * @return the threads that lost a viewer
	 */
	public synchronized Set<ThreadKey> expire(Instant now) {
		Set<ThreadKey> changed = new HashSet<>();
		Iterator<Map.Entry<ThreadKey, Map<Who, Viewer>>> entries = this.threads.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<ThreadKey, Map<Who, Viewer>> entry = entries.next();
			if (entry.getValue().values().removeIf((viewer) -> expired(viewer, now))) {
				changed.add(entry.getKey());
			}
			if (entry.getValue().isEmpty()) {
				entries.remove();
			}
		}
		return changed;
	}

	private boolean expired(Viewer viewer, Instant now) {
		return !viewer.seenAt().plus(this.expiry).isAfter(now);
	}

	/**
	 * A thread of a seller.
	 *
	 * @param seller the seller account
	 * @param thread the thread
	 */
	public record ThreadKey(AccountId seller, ThreadId thread) {

		public ThreadKey {
			Objects.requireNonNull(seller, "seller");
			Objects.requireNonNull(thread, "thread");
		}

	}

	/**
	 * A member with the thread open.
	 *
	 * @param member the member, or null for the account's owner
	 * @param name the member's name, or null for the account's owner
	 * @param state viewing or replying
	 * @param seenAt when their last ping was heard
	 */
	public record Viewer(@Nullable MemberId member, @Nullable String name, PresenceState state, Instant seenAt) {

		public Viewer {
			Objects.requireNonNull(state, "state");
			Objects.requireNonNull(seenAt, "seenAt");
		}

	}

	/**
	 * A member of a seller's team pinged from a thread's page (on any instance).
	 *
	 * @param seller the seller account
	 * @param thread the seller's thread
	 * @param member the member, or null for the account's owner
	 * @param name the member's name, or null for the account's owner
	 * @param state what they are doing
	 */
	public record Pinged(AccountId seller, ThreadId thread, @Nullable MemberId member, @Nullable String name,
			PresenceState state) {

		public Pinged {
			Objects.requireNonNull(seller, "seller");
			Objects.requireNonNull(thread, "thread");
			Objects.requireNonNull(state, "state");
			if ((member == null) != (name == null)) {
				throw new IllegalArgumentException("a member has a name, the owner none");
			}
		}

	}

	/** The owner (no member) is one viewer as well. */
	private record Who(@Nullable MemberId member) {
	}

}
