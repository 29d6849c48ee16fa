package dev.parley.web.relay;

import java.io.InputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * An email whose {@code Message-ID} is ours: Jakarta Mail replaces the header with a
 * fresh one whenever the message is saved, but a relayed message keeps the same id on
 * every attempt, so that a resent copy is recognizable as a duplicate.
 */
class RelayMimeMessage extends SMTPMessage {

	RelayMimeMessage(Session session) {
		super(session);
	}

	RelayMimeMessage(Session session, InputStream content) throws MessagingException {
		super(session, content);
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		if (getHeader("Message-ID") == null) {
			super.updateMessageID();
		}
	}

}
