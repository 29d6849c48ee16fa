package dev.parley.persistence.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.parley.core.account.AccountId;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.inbox.ThreadChanged;
import dev.parley.core.team.Presence;
import dev.parley.persistence.team.PresenceNotifications;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's one listening connection: {@code LISTEN parley_thread_change} (the
 * triggers of migration V70 notify in the writer's transaction, so every committed
 * message and thread event reaches every instance, whichever one stored it) and each
 * notification published as a {@link ThreadChanged} event. A lost connection is reopened
 * after a second; what was committed meanwhile is announced as a change to no thread in
 * particular ({@link ThreadChanged.Missed}), so that listeners refresh what they show.
 * The same connection listens on {@link PresenceNotifications#CHANNEL} and publishes each
 * team member's presence ping as a {@link Presence.Pinged} (a lost one is refreshed by
 * the member's next ping). Turned off with {@code parley.live.listen=false}.
 */
@Component
class ThreadChangeListener implements SmartLifecycle {

	static final String CHANNEL = "parley_thread_change";

	private static final Log logger = LogFactory.getLog(ThreadChangeListener.class);

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?(\\w+)\"?");

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	private volatile boolean running;

	private @Nullable Thread thread;

	ThreadChangeListener(DataSource dataSource, ApplicationEventPublisher events,
			@Value("${parley.live.listen:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.events = events;
		this.enabled = enabled;
	}

	@Override
	public synchronized void start() {
		if (!this.enabled || this.running) {
			return;
		}
		this.running = true;
		Thread listener = new Thread(this::listen, "parley-thread-changes");
		listener.setDaemon(true);
		listener.start();
		this.thread = listener;
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean reconnected = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
					statement.execute("LISTEN " + PresenceNotifications.CHANNEL);
				}
				if (reconnected) {
					logger.info("Listening for thread changes again");
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(5_000);
					if (notifications == null) {
						continue;
					}
					for (PGNotification notification : notifications) {
						if (PresenceNotifications.CHANNEL.equals(notification.getName())) {
							publishPresence(notification.getParameter());
						}
						else {
							publish(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Lost the connection that listens for thread changes; reconnecting: " + ex.getMessage());
				reconnected = true;
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				// Whatever was committed while nobody listened.
				publishQuietly(new ThreadChanged.Missed());
			}
		}
	}

	private void publish(String payload) {
		ThreadChanged change = parse(payload);
		if (change != null) {
			publishQuietly(change);
		}
	}

	private void publishPresence(String payload) {
		Presence.Pinged ping = PresenceNotifications.parse(payload);
		if (ping != null) {
			publishQuietly(ping);
		}
	}

	private void publishQuietly(Object event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.warn("A thread change listener failed", ex);
		}
	}

	static @Nullable ThreadChanged parse(String payload) {
		long thread = 0;
		long buyer = 0;
		long seller = 0;
		String kind = null;
		boolean sellerOnly = false;
		Matcher matcher = FIELD.matcher(payload);
		while (matcher.find()) {
			String value = matcher.group(2);
			switch (matcher.group(1)) {
				case "thread" -> thread = Long.parseLong(value);
				case "buyer" -> buyer = Long.parseLong(value);
				case "seller" -> seller = Long.parseLong(value);
				case "kind" -> kind = value;
				case "sellerOnly" -> sellerOnly = Boolean.parseBoolean(value);
				default -> {
				}
			}
		}
		if (thread <= 0 || buyer <= 0 || seller <= 0 || kind == null) {
			logger.warn("Ignored a thread change notification: " + payload);
			return null;
		}
		return new ThreadChanged(new ThreadId(thread), new AccountId(buyer), new AccountId(seller), kind, sellerOnly);
	}

}
