package dev.parley.web.api;

import java.time.Duration;

import dev.parley.web.token.ApiTokenService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Security of {@code /api/**}: stateless, bearer tokens only (no cookies, hence no CSRF),
 * roles per endpoint, problem details for 401 and 403, per-token rate limits.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String API = "/api/v1";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems,
			@Value("${parley.api.rate-limit.capacity:600}") long capacity,
			@Value("${parley.api.rate-limit.period:1m}") Duration period,
			@Value("${parley.api.max-body-bytes:262144}") long maxBodyBytes) throws Exception {
		http.securityMatcher("/api/**");
		http.csrf((csrf) -> csrf.disable());
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache((cache) -> cache.disable());
		http.formLogin((login) -> login.disable());
		http.httpBasic((basic) -> basic.disable());
		http.logout((logout) -> logout.disable());
		http.addFilterBefore(new RequestSizeLimitFilter(maxBodyBytes, problems), SecurityContextHolderFilter.class);
		http.addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class);
		http.addFilterAfter(new ApiRateLimitFilter(problems, capacity, period), AnonymousAuthenticationFilter.class);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, API + "/auth/tokens")
			.permitAll()
			.requestMatchers(API + "/auth/tokens", API + "/auth/tokens/*")
			.authenticated()
			.requestMatchers(API + "/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, API + "/orders/*/review-request", API + "/threads/*/no-response-needed")
			.hasRole("SELLER")
			.requestMatchers(API + "/metrics/**", API + "/webhooks", API + "/webhooks/**",
					API + "/threads/*/assignment", API + "/settings/assignment")
			.hasRole("SELLER")
			.requestMatchers(HttpMethod.POST, API + "/listings/*/questions")
			.hasRole("BUYER")
			.requestMatchers(HttpMethod.GET, API + "/orders/*", API + "/threads", API + "/threads/*",
					API + "/threads/*/evidence", API + "/threads/*/notes", API + "/attachments/*")
			.authenticated()
			.requestMatchers(API + "/**")
			.hasAnyRole("BUYER", "SELLER")
			.anyRequest()
			.denyAll());
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			problems.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Not authenticated",
					"Send Authorization: Bearer <token>; get a token from POST " + API + "/auth/tokens.");
		})
			.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
					"Not allowed", "Your role may not use this endpoint.")));
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

}
