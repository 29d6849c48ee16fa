package dev.parley.web.api;

import java.io.IOException;
import java.util.Optional;

import dev.parley.web.security.ApiAuthentication;
import dev.parley.web.token.ApiTokenService;
import dev.parley.web.token.ApiTokenService.Authenticated;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}. A presented token
 * that is unknown, expired or revoked is a 401 at once; a request without a token goes on
 * anonymous (and protected endpoints answer 401).
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	private final ProblemWriter problems;

	ApiTokenFilter(ApiTokenService tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			unauthorized(response, "Use Authorization: Bearer <token>.");
			return;
		}
		Optional<Authenticated> authenticated = this.tokens.authenticate(header.substring(7).strip());
		if (authenticated.isEmpty()) {
			unauthorized(response, "The token is unknown, expired or revoked.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiAuthentication(authenticated.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void unauthorized(HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		this.problems.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Not authenticated", detail);
	}

}
