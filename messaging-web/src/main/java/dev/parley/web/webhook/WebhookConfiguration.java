package dev.parley.web.webhook;

import java.time.Clock;

import dev.parley.core.account.Accounts;
import dev.parley.core.integration.Changes;
import dev.parley.core.integration.Webhooks;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Webhook settings and the dispatcher ({@code parley.webhooks.dispatcher=false} turns it
 * off on an instance).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "parley.webhooks.dispatcher", matchIfMissing = true)
	WebhookDispatcher webhookDispatcher(Changes changes, Webhooks webhooks, Accounts accounts, MessageSource messages,
			WebhookProperties properties, Clock clock) {
		return new WebhookDispatcher(changes, webhooks, accounts, messages, properties, clock);
	}

}
