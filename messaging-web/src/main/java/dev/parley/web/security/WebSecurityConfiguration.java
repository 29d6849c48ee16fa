package dev.parley.web.security;

import dev.parley.core.team.Members;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security for the pages: form login with role home pages and throttling per account and
 * per address, CSRF on every form, the session id changed at login (fixation), and strict
 * headers (a Content-Security-Policy without inline script, no framing, no sniffing).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, Members members) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/css/**", "/js/**", "/login", "/error", "/team/invitation", "/team/invitation/**",
							"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
							"/swagger-ui.html", "/swagger-ui/**")
					.permitAll()
					.requestMatchers("/seller/**")
					.hasRole("SELLER")
					.requestMatchers("/buyer/**")
					.hasRole("BUYER")
					.requestMatchers("/admin/**", "/dev/**")
					.hasRole("ADMIN")
					.requestMatchers("/listings/**")
					.hasRole("BUYER")
					.anyRequest()
					.authenticated());
		http.formLogin((login) -> login.loginPage("/login")
			.usernameParameter("email")
			.successHandler((request, response, authentication) -> {
				throttle.succeeded(LoginThrottleFilter.email(request), request.getRemoteAddr());
				new RoleHomeSuccessHandler().onAuthenticationSuccess(request, response, authentication);
			})
			.failureHandler((request, response, exception) -> {
				throttle.failed(LoginThrottleFilter.email(request), request.getRemoteAddr());
				response.sendRedirect(request.getContextPath() + "/login?error");
			})
			.permitAll());
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new MemberSessionFilter(members), AuthorizationFilter.class);
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
