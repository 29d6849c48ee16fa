package dev.parley.web.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form login attempt before any password is checked while the account or the
 * client address has used up its attempts ({@link LoginThrottle}), and sends the browser
 * to the login page that says how many seconds to wait. Failures are recorded by
 * {@link #failureHandler}; a success clears the account's record.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String LOGIN = "/login";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& LOGIN.equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.throttle.waitBeforeAttempt(email(request), request.getRemoteAddr());
		if (!wait.isZero()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
			response.sendRedirect(request.getContextPath() + LOGIN + "?throttled=" + wait.toSeconds());
			return;
		}
		chain.doFilter(request, response);
	}

	static String email(HttpServletRequest request) {
		String email = request.getParameter("email");
		return (email != null) ? email : "";
	}

}
