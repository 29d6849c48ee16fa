package dev.parley.web.live;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.ThreadChanged;
import dev.parley.core.team.Presence;
import dev.parley.web.inbox.InboxService;
import dev.parley.web.platform.Caller;
import dev.parley.web.team.PresenceService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance, by account. Every {@link ThreadChanged}
 * (published for every committed message and thread event of any instance, through
 * PostgreSQL's {@code LISTEN/NOTIFY}) goes to the streams of the parties it concerns, as
 * an {@code inbox} event with the thread and the party's counts, read once per party and
 * change. A stream that cannot be written is dropped; the browser's {@code EventSource}
 * reconnects by itself. A seller's stream opened from a thread page watches that thread:
 * it gets a {@code presence} event with who else of the team has the thread open whenever
 * that changes ({@link PresenceService.Changed}); buyers' streams never do.
 */
@Component
class LiveUpdates implements DisposableBean {

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	static final Duration HEARTBEAT = Duration.ofSeconds(20);

	private static final Log logger = LogFactory.getLog(LiveUpdates.class);

	private final Map<AccountId, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final Map<AccountId, Caller> callers = new ConcurrentHashMap<>();

	/**
	 * The seller's streams opened from a thread page, with the thread and who opened it.
	 */
	private final Map<SseEmitter, Watch> watching = new ConcurrentHashMap<>();

	private final InboxService inbox;

	private final PresenceService presence;

	private final ScheduledExecutorService heartbeats;

	LiveUpdates(InboxService inbox, PresenceService presence) {
		this.inbox = inbox;
		this.presence = presence;
		this.heartbeats = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "parley-live-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		this.heartbeats.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
				TimeUnit.SECONDS);
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdownNow();
		this.streams.values().forEach((emitters) -> emitters.forEach(SseEmitter::complete));
	}

	/**
	 * Opens a stream for the caller; the first event carries the current counts.
	 * @param caller a buyer or seller
	 * @param thread the thread whose page opens it, or null
	 * @return the stream
	 */
	SseEmitter open(Caller caller, @Nullable ThreadId thread) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		Set<SseEmitter> mine = this.streams.computeIfAbsent(caller.id(), (id) -> new CopyOnWriteArraySet<>());
		mine.add(emitter);
		this.callers.put(caller.id(), caller);
		Runnable remove = () -> close(caller.id(), emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		// Only the seller's team hears who is on a thread, and only of the seller's own
		// threads: presence is sent to the seller account's streams alone.
		Watch watch = (thread != null && caller.is(Role.SELLER)) ? new Watch(caller, thread) : null;
		if (watch != null) {
			this.watching.put(emitter, watch);
		}
		send(caller.id(), emitter, event(null, null, this.inbox.counts(caller)));
		if (watch != null) {
			send(caller.id(), emitter, presenceEvent(watch));
		}
		return emitter;
	}

	@EventListener
	void presenceChanged(PresenceService.Changed changed) {
		Set<SseEmitter> emitters = this.streams.get(changed.seller());
		if (emitters == null) {
			return;
		}
		emitters.forEach((emitter) -> {
			Watch watch = this.watching.get(emitter);
			if (watch != null && watch.thread().equals(changed.thread())) {
				send(changed.seller(), emitter, presenceEvent(watch));
			}
		});
	}

	private SseEmitter.SseEventBuilder presenceEvent(Watch watch) {
		List<Map<String, @Nullable Object>> viewers = this.presence.others(watch.caller(), watch.thread())
			.stream()
			.map(LiveUpdates::viewer)
			.toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("thread", watch.thread().value());
		data.put("viewers", viewers);
		return SseEmitter.event().name("presence").data(data, MediaType.APPLICATION_JSON);
	}

	private static Map<String, @Nullable Object> viewer(Presence.Viewer viewer) {
		Map<String, @Nullable Object> shown = new LinkedHashMap<>();
		// No name: the account's owner (the page has the word for it).
		shown.put("name", viewer.name());
		shown.put("state", viewer.state().name().toLowerCase(java.util.Locale.ROOT));
		return shown;
	}

	@EventListener
	void changed(ThreadChanged change) {
		notify(change.seller(), change);
		if (!change.sellerOnly()) {
			notify(change.buyer(), change);
		}
	}

	@EventListener
	void missed(ThreadChanged.Missed missed) {
		this.streams.keySet().forEach((account) -> notify(account, null));
	}

	/** Comments keep idle connections open through proxies and reveal closed ones. */
	void heartbeat() {
		this.streams.forEach((account, emitters) -> emitters
			.forEach((emitter) -> send(account, emitter, SseEmitter.event().comment("keep-alive"))));
	}

	private void notify(AccountId account, @Nullable ThreadChanged change) {
		Set<SseEmitter> emitters = this.streams.get(account);
		Caller caller = this.callers.get(account);
		if (emitters == null || emitters.isEmpty() || caller == null) {
			return;
		}
		InboxCounts counts = this.inbox.counts(caller);
		SseEmitter.SseEventBuilder event = event((change != null) ? change.thread().value() : null,
				(change != null) ? change.kind() : "MISSED", counts);
		emitters.forEach((emitter) -> send(account, emitter, event));
	}

	private static SseEmitter.SseEventBuilder event(@Nullable Long thread, @Nullable String kind, InboxCounts counts) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (thread != null) {
			data.put("thread", thread);
		}
		if (kind != null) {
			data.put("kind", kind);
		}
		data.put("unread", counts.unread());
		data.put("counts", Map.of("all", counts.all(), "unread", counts.unread(), "sent", counts.sent(),
				"needs-response", counts.needsResponse(), "company", counts.company()));
		return SseEmitter.event().name("inbox").data(data, MediaType.APPLICATION_JSON);
	}

	private void send(AccountId account, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			logger.debug("Dropped a closed event stream", ex);
			close(account, emitter);
		}
	}

	private void close(AccountId account, SseEmitter emitter) {
		this.watching.remove(emitter);
		this.streams.computeIfPresent(account, (id, emitters) -> {
			emitters.remove(emitter);
			if (emitters.isEmpty()) {
				this.callers.remove(id);
				return null;
			}
			return emitters;
		});
	}

	private record Watch(Caller caller, ThreadId thread) {
	}

	static boolean streams(Role role) {
		return role == Role.SELLER || role == Role.BUYER;
	}

}
