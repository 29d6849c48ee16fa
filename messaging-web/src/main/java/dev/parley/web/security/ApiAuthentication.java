package dev.parley.web.security;

import java.util.List;

import dev.parley.web.platform.Caller;
import dev.parley.web.token.ApiTokenService.Authenticated;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API request authenticated by a bearer token.
 */
public class ApiAuthentication extends AbstractAuthenticationToken {

	private final Authenticated authenticated;

	public ApiAuthentication(Authenticated authenticated) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + authenticated.caller().role().name())));
		this.authenticated = authenticated;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Caller getPrincipal() {
		return this.authenticated.caller();
	}

	public long tokenId() {
		return this.authenticated.tokenId();
	}

}
