package dev.parley.web.team;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.ThreadSummary;
import dev.parley.core.team.Permission;
import dev.parley.core.team.PingPolicy;
import dev.parley.core.team.Presence;
import dev.parley.core.team.PresenceSignals;
import dev.parley.core.team.PresenceState;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Who of a seller's team has a thread open (issue 16). A member's thread page pings; the
 * ping goes to every instance through {@link PresenceSignals} (PostgreSQL
 * {@code NOTIFY}), each instance keeps what it heard in memory ({@link Presence}) and
 * announces a {@link Changed} when what the others see changed, also when a viewer
 * expires. Only the thread's own seller (owner or member who may read messages) pings or
 * learns who is there; buyers never do.
 */
@Service
public class PresenceService implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PresenceService.class);

	private final Conversations conversations;

	private final PresenceSignals signals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Presence presence = new Presence();

	private final PingPolicy policy = new PingPolicy();

	private final ScheduledExecutorService sweeper;

	PresenceService(Conversations conversations, PresenceSignals signals, ApplicationEventPublisher events,
			Clock clock) {
		this.conversations = conversations;
		this.signals = signals;
		this.events = events;
		this.clock = clock;
		this.sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "parley-presence-expiry");
			thread.setDaemon(true);
			return thread;
		});
		this.sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
	}

	@Override
	public void destroy() {
		this.sweeper.shutdownNow();
	}

	/**
	 * A ping from the caller's page of a thread.
	 * @param caller the thread's seller (owner or member who may read messages)
	 * @param threadId the thread
	 * @param state what the caller is doing
	 * @return whether it was passed on, was nothing new or came too soon
	 * @throws NotFoundException for anybody else's thread
	 */
	public PingPolicy.Decision ping(Caller caller, ThreadId threadId, PresenceState state) {
		ThreadSummary thread = this.conversations.find(threadId)
			.filter((summary) -> caller.is(Role.SELLER) && summary.key().seller().equals(caller.id()))
			.orElseThrow(() -> new NotFoundException("thread"));
		caller.require(Permission.READ_MESSAGES);
		Presence.Pinged ping = new Presence.Pinged(caller.id(), thread.id(), caller.member(),
				caller.isMember() ? Objects.requireNonNullElse(caller.memberName(), "") : null, state);
		PingPolicy.Decision decision = this.policy.decide(ping, this.clock.instant());
		if (decision == PingPolicy.Decision.RELAY) {
			this.signals.announce(ping);
		}
		return decision;
	}

	/**
	 * The others on a thread's page, for the viewer's page.
	 * @param viewer a seller's owner or member
	 * @param thread one of the viewer's threads
	 * @return who else of the team has it open, by name; empty for buyers and members who
	 * may not read messages
	 */
	public List<Presence.Viewer> others(Caller viewer, ThreadId thread) {
		if (!viewer.is(Role.SELLER) || !viewer.may(Permission.READ_MESSAGES)) {
			return List.of();
		}
		return this.presence.others(viewer.id(), thread, viewer.member(), this.clock.instant());
	}

	/**
	 * A ping heard from any instance (this one's included).
	 * @param ping the ping
	 */
	@EventListener
	void heard(Presence.Pinged ping) {
		if (this.presence.record(ping, this.clock.instant())) {
			this.events.publishEvent(new Changed(ping.seller(), ping.thread()));
		}
	}

	/** Viewers without a ping for the expiry are gone; their threads are told. */
	void sweep() {
		try {
			Instant now = this.clock.instant();
			this.presence.expire(now)
				.forEach((key) -> this.events.publishEvent(new Changed(key.seller(), key.thread())));
			this.policy.forget(now);
		}
		catch (RuntimeException ex) {
			logger.warn("Presence expiry failed", ex);
		}
	}

	/**
	 * Who is on a seller's thread changed: its open pages show it again.
	 *
	 * @param seller the seller account
	 * @param thread the thread
	 */
	public record Changed(AccountId seller, ThreadId thread) {
	}

}
