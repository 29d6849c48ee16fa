package dev.parley.web.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends a batch of emails over one SMTP connection to the server that
 * {@code spring.mail.*} configures, and says what became of each: accepted, refused for
 * good (a 5xx reply), failed for now (no connection, a 4xx reply, a dropped connection),
 * or not attempted because the claim's lease would run out during the attempt.
 * <p>
 * It does not use {@code JavaMailSender.send(MimeMessage...)}: that reports failures only
 * after the whole batch and cannot stop before a lease ends. Timeouts default to the
 * relay's when {@code spring.mail.properties} sets none, so that no attempt hangs past
 * its lease.
 */
class SmtpMailer {

	private static final Log logger = LogFactory.getLog(SmtpMailer.class);

	private final JavaMailSenderImpl config;

	private final Session session;

	private final Duration attemptBudget;

	private final Clock clock;

	SmtpMailer(JavaMailSenderImpl config, Duration connectTimeout, Duration timeout, Clock clock) {
		this.config = config;
		this.clock = clock;
		Properties properties = new Properties();
		properties.putAll(config.getJavaMailProperties());
		String protocol = protocol();
		properties.putIfAbsent("mail." + protocol + ".connectiontimeout", Long.toString(connectTimeout.toMillis()));
		properties.putIfAbsent("mail." + protocol + ".timeout", Long.toString(timeout.toMillis()));
		properties.putIfAbsent("mail." + protocol + ".writetimeout", Long.toString(timeout.toMillis()));
		this.session = Session.getInstance(properties);
		// The longest one email can take: connecting, then at worst a timeout on each of
		// MAIL, RCPT and the end of DATA.
		this.attemptBudget = Duration.ofMillis(millis(properties, protocol + ".connectiontimeout") + 3
				* Math.max(millis(properties, protocol + ".timeout"), millis(properties, protocol + ".writetimeout")));
	}

	private static long millis(Properties properties, String key) {
		return Long.parseLong(properties.getProperty("mail." + key, "0").strip());
	}

	Session session() {
		return this.session;
	}

	Duration attemptBudget() {
		return this.attemptBudget;
	}

	private String protocol() {
		return (this.config.getProtocol() != null) ? this.config.getProtocol() : "smtp";
	}

	/**
	 * Sends emails in order over one connection (reconnecting after a dropped one).
	 * @param emails the emails
	 * @param deadline no attempt starts that could end after this
	 * @return one result per email, in order
	 */
	List<Result> send(List<RelayMimeMessage> emails, Instant deadline) {
		List<Result> results = new ArrayList<>(emails.size());
		Transport transport = null;
		try {
			for (RelayMimeMessage email : emails) {
				if (this.clock.instant().plus(this.attemptBudget).isAfter(deadline)) {
					results.add(Result.NOT_ATTEMPTED);
					continue;
				}
				if (transport == null || !transport.isConnected()) {
					close(transport);
					transport = null;
					try {
						transport = connect();
					}
					catch (MessagingException ex) {
						// No server: every email left fails for now.
						Result failed = Result.failed(false, describe(ex));
						while (results.size() < emails.size()) {
							results.add(failed);
						}
						break;
					}
				}
				results.add(sendOne(transport, email));
			}
		}
		finally {
			close(transport);
		}
		return results;
	}

	private Result sendOne(Transport transport, RelayMimeMessage email) {
		try {
			email.saveChanges();
			Address[] recipients = email.getAllRecipients();
			transport.sendMessage(email, (recipients != null) ? recipients : new Address[0]);
			return Result.SENT;
		}
		catch (SendFailedException ex) {
			return Result.failed(isPermanent(ex), describe(ex));
		}
		catch (MessagingException ex) {
			// A dropped connection, or a reply that makes no sense: try again later.
			return Result.failed(false, describe(ex));
		}
	}

	/**
	 * A 5xx reply to MAIL, DATA or every recipient is permanent; 4xx and others are not.
	 */
	static boolean isPermanent(SendFailedException ex) {
		if (ex instanceof SMTPSendFailedException sendFailed) {
			return sendFailed.getReturnCode() >= 500 && sendFailed.getReturnCode() < 600;
		}
		boolean permanent = false;
		Exception next = ex.getNextException();
		while (next != null) {
			if (next instanceof SMTPAddressFailedException address) {
				if (address.getReturnCode() < 500) {
					return false;
				}
				permanent = true;
			}
			next = (next instanceof MessagingException messaging) ? messaging.getNextException() : null;
		}
		return permanent;
	}

	private Transport connect() throws MessagingException {
		Transport transport = this.session.getTransport(protocol());
		int port = this.config.getPort();
		transport.connect(this.config.getHost(), port, this.config.getUsername(), this.config.getPassword());
		return transport;
	}

	private static void close(Transport transport) {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException ex) {
				logger.debug("Could not close the SMTP connection", ex);
			}
		}
	}

	static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName()).append(": ").append(ex.getMessage());
		Throwable cause = (ex instanceof MessagingException messaging && messaging.getNextException() != null)
				? messaging.getNextException() : ex.getCause();
		if (cause != null && cause != ex) {
			text.append(" (")
				.append(cause.getClass().getSimpleName())
				.append(": ")
				.append(cause.getMessage())
				.append(')');
		}
		return text.toString().replaceAll("\\s+", " ");
	}

	/**
	 * What became of one email.
	 *
	 * @param outcome sent, failed or not attempted
	 * @param permanent for a failure: whether trying again is pointless
	 * @param error for a failure: what went wrong
	 */
	record Result(Outcome outcome, boolean permanent, String error) {

		static final Result SENT = new Result(Outcome.SENT, false, "");

		static final Result NOT_ATTEMPTED = new Result(Outcome.NOT_ATTEMPTED, false, "");

		static Result failed(boolean permanent, String error) {
			return new Result(Outcome.FAILED, permanent, error);
		}

	}

	enum Outcome {

		SENT, FAILED, NOT_ATTEMPTED

	}

}
