package dev.parley.web.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;

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
 * the client sends the rest again), an email over the size limit (552). Everything else
 * is decided by {@link InboundRelay} after {@code DATA}: the email is posted, bounced or
 * dropped, and the client gets 250 either way. A failure of ours (the database is away)
 * answers 451, and the client tries again later.
 */
class InboundSmtpListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(InboundSmtpListener.class);

	private final SMTPServer server;

	private final int maxMessageSize;

	private final InboundRelay relay;

	InboundSmtpListener(InboundRelay relay, RelayProperties.Inbound settings, String hostName) {
		this.relay = relay;
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
			byte[] raw = data.readNBytes(InboundSmtpListener.this.maxMessageSize + 1);
			if (raw.length > InboundSmtpListener.this.maxMessageSize) {
				// Read the rest, so that the reply comes after the client's final dot.
				data.transferTo(OutputStream.nullOutputStream());
				throw new RejectException(552, "5.3.4 Message too big");
			}
			if (this.recipient == null) {
				throw new RejectException(503, "5.5.1 No recipient");
			}
			try {
				InboundRelay.Outcome outcome = InboundSmtpListener.this.relay.receive(this.from, this.recipient, raw);
				logger.info("Relay inbound from " + this.from + " to " + this.recipient + ": " + outcome.kind()
						+ (outcome.note().isEmpty() ? "" : " (" + outcome.note() + ")"));
			}
			catch (RuntimeException ex) {
				logger.warn("Relay inbound: could not take an email to " + this.recipient, ex);
				throw new RejectException(451, "4.3.0 Temporary failure, please try again later");
			}
			return null;
		}

		@Override
		public void done() {
		}

	}

}
