package dev.parley.web.security;

import java.io.IOException;
import java.util.Optional;

import dev.parley.core.team.Member;
import dev.parley.core.team.Members;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a team member's session on every request: the member is read again (one lookup
 * by primary key), so that a suspended or removed member is signed out at their next
 * request, on every instance, and changed permissions apply at once. The request then
 * runs with the member's current permissions (the session itself is not changed).
 */
class MemberSessionFilter extends OncePerRequestFilter {

	static final String SIGNED_OUT = "/login?revoked";

	private final Members members;

	MemberSessionFilter(Members members) {
		this.members = members;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ParleyUser user)
				|| user.memberId() == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Member> member = this.members.find(user.memberId())
			.filter((found) -> found.isActive() && found.seller().equals(user.accountId()));
		if (member.isEmpty()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			if ("GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/live/")) {
				response.sendRedirect(request.getContextPath() + SIGNED_OUT);
			}
			else {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			return;
		}
		ParleyUser current = user.refreshed(member.get());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
