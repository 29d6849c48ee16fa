package dev.parley.web.security;

import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers take a {@link Caller} parameter, whether the request came with a page
 * session or an API token.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		return current();
	}

	/**
	 * The caller of the current request.
	 * @return the caller
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 */
	static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new AuthenticationCredentialsNotFoundException("not signed in");
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof ParleyUser user) {
			return user.toCaller();
		}
		if (principal instanceof Caller caller) {
			return caller;
		}
		throw new AccessDeniedException("not signed in as a marketplace account");
	}

}
