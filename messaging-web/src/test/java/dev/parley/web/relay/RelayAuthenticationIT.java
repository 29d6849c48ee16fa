package dev.parley.web.relay;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import dev.parley.core.account.Account;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.conversation.Topic;
import dev.parley.web.conversation.Compose;
import dev.parley.web.platform.Caller;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production setup: the listener behind the marketplace's MTA, which adds an
 * {@code Authentication-Results} header under its authserv-id. Only email that header
 * authenticates is taken; the rest is refused, with a bounce only when the envelope
 * sender is vouched for (no backscatter to forged addresses).
 */
class RelayAuthenticationIT extends RelayTestSupport {

	static final int SMTP_PORT = freePort();

	static final GreenMail greenMail = startGreenMail(SMTP_PORT);

	static final String MTA = "mx.parley.test";

	/** The test accounts' addresses are at this domain. */
	static final String DOMAIN = "mail.example";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		relayProperties(registry, SMTP_PORT);
		registry.add("parley.relay.inbound.authentication.required", () -> true);
		registry.add("parley.relay.inbound.authentication.trusted-authserv-id", () -> MTA);
	}

	@AfterAll
	static void stopGreenMail() {
		greenMail.stop();
	}

	@Override
	GreenMail greenMail() {
		return greenMail;
	}

	@Test
	void anEmailTheTrustedMtaAuthenticatedIsTaken() throws Exception {
		Fixture fixture = fixture();
		send(fixture, "Authenticated by DMARC.", MTA + "; spf=pass smtp.mailfrom=" + fixture.buyer().email()
				+ "; dkim=pass header.d=" + DOMAIN + "; dmarc=pass (p=reject) header.from=" + DOMAIN);
		send(fixture, "Authenticated by aligned DKIM.", MTA + "; dkim=pass header.d=" + DOMAIN);
		assertThat(messages(fixture.thread())).extracting(dev.parley.core.conversation.Message::text)
			.containsExactly("Where is my parcel?", "Authenticated by DMARC.", "Authenticated by aligned DKIM.");
	}

	@Test
	void aForgedEmailIsDroppedWithoutABounce() throws Exception {
		Fixture fixture = fixture();
		// No header at all, one from another authserv-id, and a pass below the MTA's own
		// (the MTA's is the topmost: what a forger added sits below it).
		send(fixture, "Forged, no header.");
		send(fixture, "Forged, foreign header.", "evil.example; dmarc=pass header.from=" + DOMAIN);
		send(fixture, "Forged, header below.",
				MTA + "; spf=fail smtp.mailfrom=" + DOMAIN + "; dmarc=fail header.from=" + DOMAIN,
				MTA + "; dmarc=pass header.from=" + DOMAIN);
		assertThat(messages(fixture.thread())).hasSize(1);
		assertThat(queuedTo(fixture.buyer().email())).isZero();
	}

	@Test
	void anUnauthenticatedEmailFromAVouchedEnvelopeSenderIsBounced() throws Exception {
		Fixture fixture = fixture();
		// A mail provider's bounce address that SPF vouches for, but DMARC failed for the
		// From domain: the bounce reaches the provider, never a forged third party.
		String envelope = "bounces-" + System.nanoTime() + "@esp.example";
		sendFrom(envelope, fixture, "DMARC failed.", MTA + "; spf=pass smtp.mailfrom=" + envelope
				+ "; dkim=fail header.d=" + DOMAIN + "; dmarc=fail header.from=" + DOMAIN);
		MimeMessage bounce = awaitMail(envelope, (mail) -> header(mail, "Subject").startsWith("Not delivered"));
		assertThat(textPart(bounce)).contains("RELAY_UNAUTHENTICATED").contains("could not be verified");
		assertThat(messages(fixture.thread())).hasSize(1);
	}

	record Fixture(Account buyer, ThreadId thread, String alias) {
	}

	Fixture fixture() {
		Account buyer = buyer("Ben Carter");
		Account seller = seller("Northwind Outfitters");
		ThreadId thread = posted(this.messaging.sendToOrder(Caller.of(buyer),
				order(buyer, seller, Duration.ofDays(2)).id(),
				new Compose(null, Topic.SHIPPING, "Where is my parcel?", "<p>Where is my parcel?</p>", List.of())))
			.thread();
		return new Fixture(buyer, thread, sellerAlias(buyer, seller));
	}

	void send(Fixture fixture, String text, String... authenticationResults) throws Exception {
		sendFrom(fixture.buyer().email(), fixture, text, authenticationResults);
	}

	void sendFrom(String envelope, Fixture fixture, String text, String... authenticationResults) throws Exception {
		MimeMessage mail = new ClientMessage(clientSession());
		mail.setFrom(fixture.buyer().email());
		mail.setRecipients(jakarta.mail.Message.RecipientType.TO, fixture.alias());
		mail.setSubject("Re: Where is my parcel?");
		mail.setText(text, "UTF-8");
		for (String header : authenticationResults) {
			mail.addHeader("Authentication-Results", header);
		}
		smtpSend(envelope, mail);
	}

	/** Emails queued to an address (bounces are queued before the listener answers). */
	long queuedTo(String address) {
		return this.jdbc.queryForObject("SELECT count(*) FROM outbox_email WHERE to_address = ?", Long.class, address);
	}

}
