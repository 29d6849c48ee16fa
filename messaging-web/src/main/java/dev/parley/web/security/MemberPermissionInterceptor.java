package dev.parley.web.security;

import dev.parley.web.platform.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a team member a workspace page or endpoint their permissions do not include
 * ({@link MemberPermissionRules}): 403. The owner and other roles pass.
 */
class MemberPermissionInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return true;
		}
		Caller caller = (authentication.getPrincipal() instanceof ParleyUser user) ? user.toCaller()
				: (authentication.getPrincipal() instanceof Caller api) ? api : null;
		if (caller == null || !caller.isMember()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		MemberPermissionRules.required(request.getMethod(), path).ifPresent(caller::require);
		return true;
	}

}
