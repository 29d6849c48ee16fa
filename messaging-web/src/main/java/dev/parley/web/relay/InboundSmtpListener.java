package dev.parley.web.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.TooMuchDataException;
import org.subethamail.smtp.server.SMTPServer;

import org.springframework.context.SmartLifecycle;

/**
 * The relay's inbound SMTP listener (SubEthaSMTP). It refuses, during the SMTP
 * conversation, what it can tell at once: a recipient that is not an existing alias on
 * the relay domain (550 at {@code RCPT}), a second recipient (452: one alias per email,
 * the client sends the rest again), an email over the size limit (552; announced as
 * {@code SIZE} in {@code EHLO}, and refused at {@code MAIL FROM} when the client declares
 * a larger size), a {@code From} header with more than one address (550). Emails are
 * spooled to disk, never held whole on the heap, and at most
 * {@code max-concurrent-deliveries} are read and stored at once. Everything else is
 * decided by {@link InboundRelay} after {@code DATA}: the email is posted, bounced or
 * dropped, and the client gets 250 either way. A failure of ours (the database is away)
 * answers 451, and the client tries again later.
 */
class InboundSmtpListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(InboundSmtpListener.class);

	private final SMTPServer server;

	private final int maxMessageSize;

	private final InboundRelay relay;

	private final Semaphore deliveries;

	private final Duration deliveryWait;

	private final Path spool;

	InboundSmtpListener(InboundRelay relay, RelayProperties.Inbound settings, String hostName) {
		this.relay = relay;
		this.deliveries = new Semaphore(Math.max(1, settings.getMaxConcurrentDeliveries()), true);
		this.deliveryWait = settings.getDeliveryWait();
		this.spool = spoolDirectory(settings.getSpoolDirectory());
		this.maxMessageSize = (int) Math.min(Integer.MAX_VALUE, settings.getMaxMessageSize().toBytes());
		try {
			this.server = SMTPServer.port(settings.getPort())
				.bindAddress(InetAddress.getByName(settings.getBindAddress()))
				.hostName(hostName)
				.softwareName("Parley relay")
				.maxMessageSize(this.maxMessageSize)
				.maxConnections(settings.getMaxConnections())
				.maxRecipients(1)
				.messageHandlerFactory(this::handler)
				.build();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("parley.relay.inbound.bind-address: " + ex.getMessage(), ex);
		}
	}

	private static Path spoolDirectory(String configured) {
		try {
			Path directory = configured.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "parley-inbound")
					: Path.of(configured);
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("parley.relay.inbound.spool-directory: " + ex.getMessage(), ex);
		}
	}

	/** Copies up to {@code limit} bytes; returns how many were copied. */
	static long copy(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		while (total < limit) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total));
			if (read < 0) {
				break;
			}
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}

	private static int fromAddresses(Path file) {
		try {
			return InboundEmail.fromAddressCount(file);
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			return 0;
		}
	}

	private MessageHandler handler(MessageContext context) {
		return new Handler();
	}

	@Override
	public void start() {
		this.server.start();
		logger.info("Relay inbound SMTP listening on " + this.server.getBindAddress().map(Object::toString).orElse("*")
				+ ":" + port());
	}

	@Override
	public void stop() {
		this.server.stop();
	}

	@Override
	public boolean isRunning() {
		return this.server.isRunning();
	}

	/** After the database, before the outbox workers stop (replies queue bounces). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	/**
	 * The port it listens on (the one picked when configured with 0).
	 * @return the port
	 */
	int port() {
		return this.server.getPortAllocated();
	}

	/** One SMTP transaction. */
	private final class Handler implements MessageHandler {

		private String from = "";

		private @Nullable String recipient;

		@Override
		public void from(String from) {
			this.from = (from != null) ? from : "";
		}

		@Override
		public void recipient(String recipient) throws RejectException {
			if (this.recipient != null) {
				throw new RejectException(452, "4.5.3 One recipient per message, please send again");
			}
			if (InboundSmtpListener.this.relay.alias(recipient).isEmpty()) {
				throw new RejectException(550, "5.1.1 <" + recipient + ">: no such recipient here");
			}
			this.recipient = recipient;
		}

		@Override
		public @Nullable String data(InputStream data) throws RejectException, TooMuchDataException, IOException {
			// Spooled to disk, never buffered whole on the heap; the relay reads it from
			// the file as it needs.
			Path file = Files.createTempFile(InboundSmtpListener.this.spool, "inbound-", ".eml");
			try {
				long size;
				try (OutputStream out = Files.newOutputStream(file)) {
					size = copy(data, out, InboundSmtpListener.this.maxMessageSize + 1L);
				}
				if (size > InboundSmtpListener.this.maxMessageSize) {
					// Read the rest, so that the reply comes after the client's final
					// dot.
					data.transferTo(OutputStream.nullOutputStream());
					throw new RejectException(552, "5.3.4 Message too big");
				}
				if (this.recipient == null) {
					throw new RejectException(503, "5.5.1 No recipient");
				}
				// Two senders in From: refused here. No From at all goes on to the relay,
				// which answers with a bounce of its own when the sender is vouched for.
				if (fromAddresses(file) > 1) {
					throw new RejectException(550, "5.6.0 The From header must carry exactly one address");
				}
				deliver(file);
			}
			finally {
				Files.deleteIfExists(file);
			}
			return null;
		}

		private void deliver(Path file) throws RejectException {
			Semaphore deliveries = InboundSmtpListener.this.deliveries;
			boolean acquired;
			try {
				acquired = deliveries.tryAcquire(InboundSmtpListener.this.deliveryWait.toMillis(),
						TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				acquired = false;
			}
			if (!acquired) {
				throw new RejectException(451, "4.3.2 Busy, please try again later");
			}
			try {
				InboundRelay.Outcome outcome = InboundSmtpListener.this.relay.receive(this.from, this.recipient, file);
				logger.info("Relay inbound from " + this.from + " to " + this.recipient + ": " + outcome.kind()
						+ (outcome.note().isEmpty() ? "" : " (" + outcome.note() + ")"));
			}
			catch (RuntimeException ex) {
				logger.warn("Relay inbound: could not take an email to " + this.recipient, ex);
				throw new RejectException(451, "4.3.0 Temporary failure, please try again later");
			}
			finally {
				deliveries.release();
			}
		}

		@Override
		public void done() {
		}

	}

}
