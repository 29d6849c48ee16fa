package dev.parley.web.relay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import dev.parley.core.policy.Outcome;
import dev.parley.core.policy.Violation;
import dev.parley.core.relay.Outbox;
import dev.parley.core.relay.ReplyThreading.PairThread;
import dev.parley.core.relay.ReplyThreading.Routing;
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
 * offending text; and notices, which tell the sender of a delivered email what the rules
 * redacted or flagged in it. Both come from the relay's mailer-daemon address, are marked
 * {@code Auto-Submitted}, carry a {@code Message-ID} on the relay domain and leave with
 * the null reverse path, so that nothing answers them; they travel through the outbox,
 * with its retries.
 */
class Bounces {

	private static final Log logger = LogFactory.getLog(Bounces.class);

	private static final Session SESSION = Session.getInstance(new Properties());

	private final Outbox outbox;

	private final MessageSource texts;

	private final RelayProperties properties;

	private final String marketplace;

	private final Clock clock;

	/** At most this many conversations are listed in a bounce. */
	static final int MAX_LISTED = 10;

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
	 * A change the rules made to a delivered email: a redaction or a flag.
	 * @param violation the REDACT or FLAG violation
	 * @param locale the sender's language
	 * @return the reason, its explanation saying which of the two it is
	 */
	Reason change(Violation violation, Locale locale) {
		Reason reason = reason(violation, locale);
		String kind = (violation.outcome() == Outcome.REDACT) ? "relay.notice.redacted" : "relay.notice.flagged";
		return new Reason(reason.rule(), this.texts.getMessage(kind, null, locale) + " " + reason.explanation(),
				reason.excerpt());
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
	 * The reason for an email that the relay could not file under one conversation: it
	 * could belong to several ({@code RELAY_AMBIGUOUS}), or it names an order that has no
	 * conversation with this party ({@code RELAY_ORDER_WITHOUT_CONVERSATION}). The
	 * explanation lists the pair's conversations (order id, or that it is about a
	 * listing, and subject), most recently active first.
	 * @param routing the routing that found no thread
	 * @param locale the sender's language
	 * @return the reason
	 */
	Reason unrouted(Routing routing, Locale locale) {
		String rule = (routing.order() != null) ? "RELAY_ORDER_WITHOUT_CONVERSATION" : "RELAY_AMBIGUOUS";
		Object[] arguments = (routing.order() != null) ? new Object[] { routing.order().value() } : null;
		StringBuilder explanation = new StringBuilder(
				this.texts.getMessage("relay.bounce.rule." + rule, arguments, locale));
		List<PairThread> threads = routing.candidates();
		for (PairThread thread : threads.subList(0, Math.min(threads.size(), MAX_LISTED))) {
			explanation.append("\n    * ")
				.append((thread.order() != null)
						? this.texts.getMessage("relay.bounce.conversationOrder",
								new Object[] { thread.order().value(), thread.subject() }, locale)
						: this.texts.getMessage("relay.bounce.conversationListing", new Object[] { thread.subject() },
								locale));
		}
		if (threads.size() > MAX_LISTED) {
			explanation.append("\n    ")
				.append(this.texts.getMessage("relay.bounce.more", new Object[] { threads.size() - MAX_LISTED },
						locale));
		}
		return new Reason(rule, explanation.toString(), (routing.order() != null) ? routing.order().value() : "");
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
		queue(to, "relay.bounce.subject", subject, messageId,
				text("relay.bounce.intro", "relay.bounce.nothingStored", alias, reasons, locale), locale);
	}

	/**
	 * Queues the notice that tells the sender of an emailed message, which was delivered,
	 * what the rules changed in it: each redaction and each flag, with its rule, the
	 * explanation and the text concerned (SPEC 4.4: the sender is told).
	 * @param to the sender's address
	 * @param alias the address the email was sent to
	 * @param subject its subject, or null
	 * @param messageId its {@code Message-ID}, or null
	 * @param changes the redactions and flags
	 * @param locale the sender's language
	 */
	void notice(String to, String alias, @Nullable String subject, @Nullable String messageId, List<Reason> changes,
			Locale locale) {
		queue(to, "relay.notice.subject", subject, messageId,
				text("relay.notice.intro", "relay.notice.delivered", alias, changes, locale), locale);
	}

	/**
	 * Queues a platform notice (a warning, a suspension, an appeal's outcome...) to a
	 * party's registered address, from the marketplace, not from any alias.
	 * @param to the party's address
	 * @param subject the notice's subject, in the party's language
	 * @param text the notice's text and where to read it
	 * @param locale the party's language
	 */
	void platformNotice(String to, String subject, String text, Locale locale) {
		queue(to, "relay.platformNotice.subject", subject, null, text, locale);
	}

	private void queue(String to, String subjectKey, @Nullable String subject, @Nullable String messageId, String text,
			Locale locale) {
		try {
			RelayMimeMessage mime = new RelayMimeMessage(SESSION);
			MimeMessageHelper helper = new MailProviders.Helper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(NotificationComposer.address(this.properties.bounceAddress(),
					this.texts.getMessage("relay.bounce.from", new Object[] { this.marketplace }, locale)));
			helper.setTo(to);
			String original = (subject != null && !subject.isBlank()) ? subject.strip() : "";
			helper.setSubject(this.texts.getMessage(subjectKey, new Object[] { original }, locale).strip());
			helper.setSentDate(java.util.Date.from(this.clock.instant()));
			helper.setText(text);
			mime.setHeader("Auto-Submitted", "auto-replied");
			// Our own domain, not the host name Jakarta Mail would find (often
			// localhost).
			mime.setHeader("Message-ID", "<notice." + UUID.randomUUID() + "@" + this.properties.getDomain() + ">");
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
			logger.warn("Relay: could not queue a notice to " + to, ex);
		}
	}

	private String text(String introKey, String statusKey, String alias, List<Reason> reasons, Locale locale) {
		StringBuilder text = new StringBuilder();
		text.append(this.texts.getMessage(introKey, new Object[] { alias }, locale)).append("\n\n");
		text.append(this.texts.getMessage(statusKey, null, locale)).append("\n\n");
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
