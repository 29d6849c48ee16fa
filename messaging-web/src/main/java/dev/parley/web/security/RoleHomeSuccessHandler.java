package dev.parley.web.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After login: back to the page that asked for it when it belongs to the account's role,
 * else the role's home page (sellers their inbox, buyers their orders, admins the flag
 * queue).
 */
class RoleHomeSuccessHandler implements AuthenticationSuccessHandler {

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		ParleyUser user = (ParleyUser) authentication.getPrincipal();
		String home = RoleHome.of(user.role());
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		String target = home;
		if (saved != null && "GET".equals(saved.getMethod())) {
			String path = URI.create(saved.getRedirectUrl()).getRawPath();
			if (path != null && path.startsWith(home.substring(0, home.indexOf('/', 1) + 1))) {
				target = saved.getRedirectUrl();
			}
		}
		response.sendRedirect(target);
	}

}
