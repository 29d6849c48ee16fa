package dev.parley.web.settings;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link TimeZoneInterceptor} for the pages (the API keeps UTC).
 */
@Configuration(proxyBeanMethods = false)
class TimeZoneConfiguration implements WebMvcConfigurer {

	private final TimeZoneService zones;

	TimeZoneConfiguration(TimeZoneService zones) {
		this.zones = zones;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TimeZoneInterceptor(this.zones)).excludePathPatterns("/api/**");
	}

}
