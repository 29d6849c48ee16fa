package dev.parley.web.relay;

import java.time.Duration;

import dev.parley.core.relay.Backoff;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The email relay's settings ({@code parley.relay.*}). The SMTP server that outbound
 * email goes to is Spring's standard {@code spring.mail.*}.
 *
 * <pre>
 * parley.relay.domain=relay.example.com
 * parley.relay.outbound.enabled=true            # default: on when spring.mail.host is set or the dev sink runs
 * parley.relay.outbound.backoff.initial=30s
 * parley.relay.inbound.port=2525
 * parley.relay.inbound.bind-address=0.0.0.0
 * parley.relay.inbound.authentication.trusted-authserv-id=mx.example.com
 * </pre>
 */
@ConfigurationProperties("parley.relay")
public class RelayProperties {

	/** The domain of the alias addresses; mail for it must reach the inbound listener. */
	private String domain = "relay.parley.test";

	/** The right-hand side of relayed messages' Message-IDs; defaults to the domain. */
	private @Nullable String messageIdDomain;

	/** The local part of the address bounces come from. */
	private String bounceLocalPart = "mailer-daemon";

	/**
	 * The SMTP reverse path of bounces: empty for the null reverse path ({@code <>}) that
	 * RFC 5321 asks for, so that nothing answers a bounce. Only for a server that refuses
	 * it (some test servers) set an address.
	 */
	private String bounceEnvelopeSender = "";

	private final Outbound outbound = new Outbound();

	private final Inbound inbound = new Inbound();

	private final DevSink devSink = new DevSink();

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public @Nullable String getMessageIdDomain() {
		return this.messageIdDomain;
	}

	public void setMessageIdDomain(@Nullable String messageIdDomain) {
		this.messageIdDomain = messageIdDomain;
	}

	public String effectiveMessageIdDomain() {
		return (this.messageIdDomain != null && !this.messageIdDomain.isBlank()) ? this.messageIdDomain : this.domain;
	}

	public String getBounceLocalPart() {
		return this.bounceLocalPart;
	}

	public void setBounceLocalPart(String bounceLocalPart) {
		this.bounceLocalPart = bounceLocalPart;
	}

	public String getBounceEnvelopeSender() {
		return this.bounceEnvelopeSender;
	}

	public void setBounceEnvelopeSender(String bounceEnvelopeSender) {
		this.bounceEnvelopeSender = bounceEnvelopeSender;
	}

	public String bounceAddress() {
		return this.bounceLocalPart + "@" + this.domain;
	}

	public Outbound getOutbound() {
		return this.outbound;
	}

	public Inbound getInbound() {
		return this.inbound;
	}

	public DevSink getDevSink() {
		return this.devSink;
	}

	/**
	 * The outbox workers.
	 */
	public static class Outbound {

		/**
		 * On or off; unset means on when spring.mail.host is set or the dev sink runs.
		 */
		private @Nullable Boolean enabled;

		/** Worker threads in this instance (each claims its own batches). */
		private int workers = 1;

		/** Emails claimed at once by a worker, sent over one SMTP connection. */
		private int batchSize = 20;

		/** How long an idle worker waits before looking for due emails again. */
		private Duration pollInterval = Duration.ofSeconds(1);

		/**
		 * How long a claim holds its emails. Longer than a batch can take: a worker stops
		 * sending a batch when the rest of its lease is shorter than the SMTP timeouts.
		 */
		private Duration lease = Duration.ofMinutes(5);

		/** SMTP connect timeout, unless spring.mail.properties sets one. */
		private Duration connectTimeout = Duration.ofSeconds(10);

		/** SMTP read and write timeout, unless spring.mail.properties sets one. */
		private Duration timeout = Duration.ofSeconds(30);

		private final BackoffSettings backoff = new BackoffSettings();

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public int getWorkers() {
			return this.workers;
		}

		public void setWorkers(int workers) {
			this.workers = workers;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public Duration getLease() {
			return this.lease;
		}

		public void setLease(Duration lease) {
			this.lease = lease;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public BackoffSettings getBackoff() {
			return this.backoff;
		}

	}

	/**
	 * Retries of an email the SMTP server did not take.
	 */
	public static class BackoffSettings {

		private Duration initial = Duration.ofSeconds(30);

		private Duration max = Duration.ofHours(1);

		private double multiplier = 2;

		/** Attempts before giving up; the default keeps trying for about a day. */
		private int maxAttempts = 30;

		private double jitter = 0.2;

		public Backoff toBackoff() {
			return new Backoff(this.initial, this.max, this.multiplier, this.maxAttempts, this.jitter);
		}

		public Duration getInitial() {
			return this.initial;
		}

		public void setInitial(Duration initial) {
			this.initial = initial;
		}

		public Duration getMax() {
			return this.max;
		}

		public void setMax(Duration max) {
			this.max = max;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

	}

	/**
	 * The inbound SMTP listener.
	 */
	public static class Inbound {

		/** On or off; unset means: as the outbound relay. */
		private @Nullable Boolean enabled;

		/** The port; 0 picks a free one (tests). */
		private int port = 2525;

		/** The address to listen on; loopback unless an MTA elsewhere forwards to it. */
		private String bindAddress = "127.0.0.1";

		/** Largest email accepted (five 10 MB attachments, base64-encoded, fit). */
		private DataSize maxMessageSize = DataSize.ofMegabytes(70);

		/** Concurrent SMTP connections. */
		private int maxConnections = 50;

		private final Authentication authentication = new Authentication();

		public Authentication getAuthentication() {
			return this.authentication;
		}

		/**
		 * Emails read and stored at once; the others wait on disk. With the size limit it
		 * bounds the heap the relay needs (each may hold five attachments of the limit
		 * while it is stored): two fit a 512 MB heap with room to spare.
		 */
		private int maxConcurrentDeliveries = 2;

		/** How long an email waits on disk for its turn before the client hears 451. */
		private java.time.Duration deliveryWait = java.time.Duration.ofSeconds(60);

		/**
		 * Where emails are spooled while they are read; empty: the system's temporary
		 * directory.
		 */
		private String spoolDirectory = "";

		public int getMaxConcurrentDeliveries() {
			return this.maxConcurrentDeliveries;
		}

		public void setMaxConcurrentDeliveries(int maxConcurrentDeliveries) {
			this.maxConcurrentDeliveries = maxConcurrentDeliveries;
		}

		public java.time.Duration getDeliveryWait() {
			return this.deliveryWait;
		}

		public void setDeliveryWait(java.time.Duration deliveryWait) {
			this.deliveryWait = deliveryWait;
		}

		public String getSpoolDirectory() {
			return this.spoolDirectory;
		}

		public void setSpoolDirectory(String spoolDirectory) {
			this.spoolDirectory = spoolDirectory;
		}

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public String getBindAddress() {
			return this.bindAddress;
		}

		public void setBindAddress(String bindAddress) {
			this.bindAddress = bindAddress;
		}

		public DataSize getMaxMessageSize() {
			return this.maxMessageSize;
		}

		public void setMaxMessageSize(DataSize maxMessageSize) {
			this.maxMessageSize = maxMessageSize;
		}

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

	}

	/**
	 * Sender authentication of inbound email: behind the marketplace's MTA, only email
	 * whose {@code Authentication-Results} header from the MTA's {@code authserv-id}
	 * authenticates the {@code From} domain (DMARC, or aligned SPF or DKIM) is taken.
	 */
	public static class Authentication {

		/** Refuse unauthenticated email; off only in development (the demo profile). */
		private boolean required = true;

		/** The authserv-id the MTA writes in its Authentication-Results header. */
		private String trustedAuthservId = "";

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getTrustedAuthservId() {
			return this.trustedAuthservId;
		}

		public void setTrustedAuthservId(String trustedAuthservId) {
			this.trustedAuthservId = trustedAuthservId;
		}

	}

	/**
	 * The development mail sink: an SMTP server on loopback, started by the application,
	 * that keeps what the relay sends in memory for the {@code /dev/mailbox} page instead
	 * of delivering it. The demo profile turns it on.
	 */
	public static class DevSink {

		private boolean enabled;

		/** Its port; 0 picks a free one. */
		private int port;

		/** How many emails it keeps (the oldest go first). */
		private int capacity = 500;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public int getCapacity() {
			return this.capacity;
		}

		public void setCapacity(int capacity) {
			this.capacity = capacity;
		}

	}

}
