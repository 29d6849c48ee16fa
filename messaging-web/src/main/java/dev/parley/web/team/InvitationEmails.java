package dev.parley.web.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import dev.parley.core.account.Account;
import dev.parley.core.relay.Outbox;
import dev.parley.core.team.Member;
import dev.parley.web.relay.RelayProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The invitation email: a plain-text email with the one-time link, queued in the outbox
 * in the inviting transaction (so it goes out if and only if the member was stored, with
 * the outbox's retries). The link is the only place the token exists besides the member's
 * mailbox; the database keeps its SHA-256.
 */
@Component
class InvitationEmails {

	private static final Session SESSION = Session.getInstance(new Properties());

	private final Outbox outbox;

	private final MessageSource texts;

	private final RelayProperties relay;

	private final String marketplace;

	private final String baseUrl;

	InvitationEmails(Outbox outbox, MessageSource texts, RelayProperties relay,
			@Value("${parley.marketplace.name:Parley Marketplace}") String marketplace,
			@Value("${parley.marketplace.base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.texts = texts;
		this.relay = relay;
		this.marketplace = marketplace;
		this.baseUrl = baseUrl;
	}

	/**
	 * The link that accepts an invitation.
	 * @param token the one-time token
	 * @return the absolute link
	 */
	String link(String token) {
		return UriComponentsBuilder.fromUriString(this.baseUrl)
			.path(TeamController.INVITATION)
			.queryParam("token", token)
			.build()
			.toUriString();
	}

	void queue(Member member, Account seller, String token, Instant expiresAt, Instant now) {
		Locale locale = Locale.forLanguageTag(seller.language().code());
		try {
			MimeMessage mime = new MimeMessage(SESSION);
			mime.setFrom(new InternetAddress("no-reply@" + this.relay.getDomain(), this.marketplace,
					StandardCharsets.UTF_8.name()));
			mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(member.email()));
			mime.setSubject(
					this.texts.getMessage("team.invitation.email.subject",
							new Object[] { seller.displayName(), this.marketplace }, locale),
					StandardCharsets.UTF_8.name());
			mime.setSentDate(Date.from(now));
			mime.setText(
					this.texts.getMessage("team.invitation.email.body", new Object[] { member.displayName(),
							seller.displayName(), this.marketplace, link(token), expiresAt.toString() }, locale),
					StandardCharsets.UTF_8.name());
			mime.setHeader("Auto-Submitted", "auto-generated");
			mime.setHeader("Message-ID", "<invitation." + UUID.randomUUID() + "@" + this.relay.getDomain() + ">");
			mime.saveChanges();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			mime.writeTo(bytes);
			this.outbox.enqueuePrepared(member.email(), bytes.toByteArray(), now);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("could not write the invitation email", ex);
		}
	}

}
