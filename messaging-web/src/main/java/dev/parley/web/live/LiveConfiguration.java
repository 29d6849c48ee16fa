package dev.parley.web.live;

import dev.parley.web.inbox.InboxService;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link UnreadBadgeInterceptor} for the pages.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration implements WebMvcConfigurer {

	private final InboxService inbox;

	LiveConfiguration(InboxService inbox) {
		this.inbox = inbox;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnreadBadgeInterceptor(this.inbox)).excludePathPatterns("/api/**", "/live/**");
	}

}
