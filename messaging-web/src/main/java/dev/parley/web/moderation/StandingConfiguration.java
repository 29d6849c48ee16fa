package dev.parley.web.moderation;

import dev.parley.core.moderation.Moderation;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link StandingInterceptor} for pages (not the API).
 */
@Configuration(proxyBeanMethods = false)
class StandingConfiguration implements WebMvcConfigurer {

	private final Moderation moderation;

	StandingConfiguration(Moderation moderation) {
		this.moderation = moderation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StandingInterceptor(this.moderation))
			.excludePathPatterns("/api/**", "/live/**", "/attachments/**");
	}

}
