package dev.parley.web.policy;

import dev.parley.core.policy.MessagePolicy;
import dev.parley.core.policy.RulesEngine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One rules engine for the whole application, built from {@code parley.policy.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
class PolicyConfiguration {

	@Bean
	MessagePolicy messagePolicy(PolicyProperties properties) {
		return new RulesEngine(properties.toSettings());
	}

}
