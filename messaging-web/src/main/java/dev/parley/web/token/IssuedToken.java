package dev.parley.web.token;

import dev.parley.core.token.ApiToken;

/**
 * A token just created: the only moment its secret value exists outside the client.
 *
 * @param token the stored token (hash only)
 * @param secret the bearer value to hand to the client once
 */
public record IssuedToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[" + this.token.prefix() + "…]";
	}

}
