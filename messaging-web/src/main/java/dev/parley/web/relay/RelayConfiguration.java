package dev.parley.web.relay;

import java.time.Clock;

import dev.parley.core.account.Accounts;
import dev.parley.core.alias.AliasPairs;
import dev.parley.core.conversation.Attachments;
import dev.parley.core.conversation.Conversations;
import dev.parley.core.relay.InboundReceipts;
import dev.parley.core.relay.Outbox;
import dev.parley.core.relay.RelayLookups;
import dev.parley.core.relay.RelayMessageIds;
import dev.parley.web.attachment.AttachmentService;
import dev.parley.web.conversation.MessagingService;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email relay: the outbox workers when there is an SMTP server to send to, the
 * inbound listener, and in development the mail sink that stands in for a server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelayProperties.class)
class RelayConfiguration {

	static {
		MailProviders.install();
	}

	@Bean
	RelayMessageIds relayMessageIds(RelayProperties properties) {
		return new RelayMessageIds(properties.effectiveMessageIdDomain());
	}

	@Bean
	Bounces relayBounces(Outbox outbox, MessageSource messageSource, RelayProperties properties,
			@Value("${parley.marketplace.name:Parley Marketplace}") String marketplace, Clock clock) {
		return new Bounces(outbox, messageSource, properties, marketplace, clock);
	}

	@Bean
	NoticeEmails relayNoticeEmails(Bounces bounces, MessageSource messageSource,
			@Value("${parley.marketplace.base-url:http://localhost:8080}") String baseUrl) {
		return new NoticeEmails(bounces, messageSource, baseUrl.replaceAll("/+$", ""));
	}

	@Bean
	@Conditional(RelayConditions.Outbound.class)
	NotificationComposer relayNotificationComposer(Conversations conversations, Accounts accounts, AliasPairs aliases,
			Attachments attachments, RelayMessageIds messageIds, MessageSource messageSource,
			ITemplateEngine templateEngine, RelayProperties properties,
			@Value("${parley.marketplace.name:Parley Marketplace}") String marketplace,
			@Value("${parley.marketplace.base-url:http://localhost:8080}") String baseUrl) {
		if (!baseUrl.matches("https?://[^/\\s]+(/\\S*)?")) {
			throw new IllegalStateException("parley.marketplace.base-url must be the absolute public address of the "
					+ "marketplace (notification emails link to conversations under it), not: " + baseUrl);
		}
		return new NotificationComposer(conversations, accounts, aliases, attachments, messageIds, messageSource,
				templateEngine, properties.getDomain(), marketplace, baseUrl);
	}

	@Bean
	@Conditional(RelayConditions.Outbound.class)
	OutboxWorker relayOutboxWorker(Outbox outbox, NotificationComposer composer,
			ObjectProvider<JavaMailSenderImpl> mailSender, TransactionTemplate transactions,
			RelayProperties properties) {
		JavaMailSenderImpl sender = mailSender.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("The outbound relay is enabled (parley.relay.outbound.enabled) but no "
					+ "SMTP server is configured: set spring.mail.host (and spring.mail.port), or "
					+ "parley.relay.dev-sink.enabled=true for development");
		}
		RelayProperties.Outbound outbound = properties.getOutbound();
		// Leases and backoff are wall-clock matters: the system clock, not the
		// application's (which the demo and tests may move).
		Clock wallClock = Clock.systemUTC();
		SmtpMailer mailer = new SmtpMailer(sender, outbound.getConnectTimeout(), outbound.getTimeout(), wallClock);
		return new OutboxWorker(outbox, composer, mailer, transactions, outbound, properties.getBounceEnvelopeSender(),
				wallClock);
	}

	@Bean
	@Conditional(RelayConditions.Inbound.class)
	InboundRelay relayInbound(AliasPairs aliases, Accounts accounts, Conversations conversations, RelayLookups lookups,
			InboundReceipts receipts, MessagingService messaging, AttachmentService attachments,
			RelayMessageIds messageIds, Bounces bounces, TransactionTemplate transactions, RelayProperties properties,
			Clock clock) {
		RelayProperties.Authentication authentication = properties.getInbound().getAuthentication();
		if (authentication.isRequired() && authentication.getTrustedAuthservId().isBlank()) {
			throw new IllegalStateException("The inbound relay takes only email that the marketplace's MTA "
					+ "authenticated: set parley.relay.inbound.authentication.trusted-authserv-id to the authserv-id "
					+ "of its Authentication-Results header, or, in development only, "
					+ "parley.relay.inbound.authentication.required=false");
		}
		if (!authentication.isRequired()) {
			LogFactory.getLog(InboundRelay.class)
				.warn("Relay: inbound email is NOT authenticated (parley.relay.inbound.authentication.required="
						+ "false); a forged sender is accepted. Development only.");
		}
		return new InboundRelay(aliases, accounts, conversations, lookups, receipts, messaging, attachments, messageIds,
				bounces, transactions, authentication, properties.getDomain(), clock);
	}

	@Bean
	@Conditional(RelayConditions.Inbound.class)
	InboundSmtpListener relayInboundSmtpListener(InboundRelay relay, RelayProperties properties) {
		return new InboundSmtpListener(relay, properties.getInbound(), properties.getDomain());
	}

	/**
	 * The development sink, and the mail sender that sends to it (Spring Boot's own backs
	 * off when this one exists).
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(RelayConditions.DevSink.class)
	static class DevSinkConfiguration {

		@Bean
		DevMailSink relayDevMailSink(RelayProperties properties, Clock clock) {
			return new DevMailSink(properties.getDevSink().getPort(), properties.getDevSink().getCapacity(), clock);
		}

		@Bean
		JavaMailSenderImpl relayDevSinkMailSender(DevMailSink sink) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(sink.port());
			return sender;
		}

	}

}
