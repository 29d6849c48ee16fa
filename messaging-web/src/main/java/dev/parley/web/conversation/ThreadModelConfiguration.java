package dev.parley.web.conversation;

import dev.parley.core.policy.MessagePolicy;
import dev.parley.core.thread.ThreadModel;
import dev.parley.web.policy.PolicyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One thread model for the application, over the one rules engine, with the context
 * rules' limits and outcomes of {@code parley.policy.*}.
 */
@Configuration(proxyBeanMethods = false)
class ThreadModelConfiguration {

	@Bean
	ThreadModel threadModel(MessagePolicy policy, PolicyProperties properties) {
		return new ThreadModel(policy, properties.toSettings());
	}

}
