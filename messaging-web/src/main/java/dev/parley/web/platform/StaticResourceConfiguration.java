package dev.parley.web.platform;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The application's static files ({@code /css/}, {@code /js/}) are written into pages
 * with a content hash in their names ({@code spring.web.resources.chain.strategy.content}
 * in {@code application.yml}), and nothing else a page writes is looked up in the
 * resource chain: see {@link StaticResourceUrls}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

	static final List<String> PREFIXES = List.of("/css/", "/js/");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrls(
			@Lazy ResourceUrlProvider mvcResourceUrlProvider) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticResourceUrls(mvcResourceUrlProvider::getForLookupPath, PREFIXES));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
