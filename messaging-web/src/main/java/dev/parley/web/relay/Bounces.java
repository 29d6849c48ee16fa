package dev.parley.web.relay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import dev.parley.core.policy.Violation;
import dev.parley.core.relay.Outbox;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Bounces: the email that tells a sender why the relay refused their email, each reason
 * with its rule, the explanation the web would show (in the sender's language) and the
 * offending text. A bounce comes from the relay's mailer-daemon address, is marked
 * {@code Auto-Submitted} and leaves with the null reverse path, so that nothing answers
 * it; it travels through the outbox, with its retries.
 */
class Bounces {

	private static final Log logger = LogFactory.getLog(Bounces.class);

	private static final Session SESSION = Session.getInstance(new Properties());

	private final Outbox outbox;

	private final MessageSource texts;

	private final RelayProperties properties;

	private final String marketplace;

	private final Clock clock;

	Bounces(Outbox outbox, MessageSource texts, RelayProperties properties, String marketplace, Clock clock) {
		this.outbox = outbox;
		this.texts = texts;
		this.properties = properties;
		this.marketplace = marketplace;
		this.clock = clock;
	}

	/**
	 * A reason that is one of the rules' violations.
	 * @param violation the violation
	 * @param locale the sender's language
	 * @return the reason
	 */
	Reason reason(Violation violation, Locale locale) {
		return new Reason(violation.rule().name(), this.texts.getMessage(violation.messageKey(),
				violation.arguments().toArray(), violation.messageKey(), locale), violation.excerpt());
	}

	/**
	 * A reason of the relay itself ({@code relay.bounce.rule.<RULE>} in the bundle).
	 * @param rule the relay's rule id, such as {@code RELAY_SENDER}
	 * @param excerpt what it is about, or empty
	 * @param locale the sender's language
	 * @param arguments the explanation's arguments
	 * @return the reason
	 */
	Reason reason(String rule, String excerpt, Locale locale, Object... arguments) {
		return new Reason(rule, this.texts.getMessage("relay.bounce.rule." + rule, arguments, locale), excerpt);
	}

	/**
	 * Queues a bounce.
	 * @param to the envelope sender of the refused email
	 * @param alias the address it was sent to
	 * @param subject its subject, or null
	 * @param messageId its {@code Message-ID}, or null
	 * @param reasons why it was refused
	 * @param locale the sender's language
	 */
	void send(String to, String alias, @Nullable String subject, @Nullable String messageId, List<Reason> reasons,
			Locale locale) {
		try {
			RelayMimeMessage mime = new RelayMimeMessage(SESSION);
			MimeMessageHelper helper = new MailProviders.Helper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(NotificationComposer.address(this.properties.bounceAddress(),
					this.texts.getMessage("relay.bounce.from", new Object[] { this.marketplace }, locale)));
			helper.setTo(to);
			String original = (subject != null && !subject.isBlank()) ? subject.strip() : "";
			helper.setSubject(this.texts.getMessage("relay.bounce.subject", new Object[] { original }, locale).strip());
			helper.setSentDate(java.util.Date.from(this.clock.instant()));
			helper.setText(text(alias, reasons, locale));
			mime.setHeader("Auto-Submitted", "auto-replied");
			if (messageId != null) {
				mime.setHeader("In-Reply-To", messageId);
				mime.setHeader("References", messageId);
			}
			mime.saveChanges();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			mime.writeTo(bytes);
			this.outbox.enqueuePrepared(to, bytes.toByteArray(), this.clock.instant());
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			logger.warn("Relay: could not queue a bounce to " + to, ex);
		}
	}

	private String text(String alias, List<Reason> reasons, Locale locale) {
		StringBuilder text = new StringBuilder();
		text.append(this.texts.getMessage("relay.bounce.intro", new Object[] { alias }, locale)).append("\n\n");
		text.append(this.texts.getMessage("relay.bounce.nothingStored", null, locale)).append("\n\n");
		for (Reason reason : reasons) {
			text.append("- ").append(reason.rule()).append(": ").append(reason.explanation()).append('\n');
			if (!reason.excerpt().isBlank()) {
				text.append("  ")
					.append(this.texts.getMessage("relay.bounce.excerpt", new Object[] { reason.excerpt() }, locale))
					.append('\n');
			}
		}
		text.append("\n-- \n")
			.append(this.texts.getMessage("relay.bounce.footer", new Object[] { this.marketplace }, locale))
			.append('\n');
		return text.toString();
	}

	/**
	 * One reason for a bounce.
	 *
	 * @param rule the rule id
	 * @param explanation what to change, in the sender's language
	 * @param excerpt the offending text, or empty
	 */
	record Reason(String rule, String explanation, String excerpt) {
	}

}
