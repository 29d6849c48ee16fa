package dev.parley.web.security;

import dev.parley.core.account.ReadYourWritesKey;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes on replicas is kept per signed-in account, whether the request came
 * with a page session or an API token: every session and token of an account sees what
 * any of them wrote through this instance.
 */
@Component
class SignedInAccountKey implements ReadYourWritesKey {

	@Override
	public @Nullable String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return null;
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof ParleyUser user) {
			return Long.toString(user.accountId().value());
		}
		if (principal instanceof Caller caller) {
			return Long.toString(caller.id().value());
		}
		return null;
	}

}
