package dev.parley.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Accounts.Credentials;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.core.token.ApiToken;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.security.LoginThrottle;
import dev.parley.web.token.ApiTokenService;
import dev.parley.web.token.IssuedToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: issued for an email and password (throttled like the login form), listed
 * and revoked by their owner.
 */
@RestController
@Tag(name = "Tokens")
class AuthApiController {

	private final Accounts accounts;

	private final Members members;

	private final PasswordEncoder passwords;

	private final ApiTokenService tokens;

	private final LoginThrottle throttle;

	/**
	 * Compared against when the account does not exist, so that timing reveals nothing.
	 */
	private final String unknownAccountHash;

	AuthApiController(Accounts accounts, Members members, PasswordEncoder passwords, ApiTokenService tokens,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.members = members;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
		this.unknownAccountHash = passwords.encode(java.util.UUID.randomUUID().toString());
	}

	@PostMapping(ApiSecurityConfiguration.API + "/auth/tokens")
	@Operation(operationId = "createToken", summary = "Get an API token",
			description = "Issues a bearer token for an email and password (no token needed). Failed attempts are throttled per email and per address like the login form: 429 with Retry-After.")
	@ApiResponse(responseCode = "201", description = "The token, shown this once",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenJson.class)))
	ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		String address = http.getRemoteAddr();
		Duration wait = this.throttle.waitBeforeAttempt(request.email(), address);
		if (!wait.isZero()) {
			ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED", "Too many attempts",
					"Too many failed attempts; try again in " + wait.toSeconds() + " seconds.");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Credentials credentials = this.accounts.findCredentials(request.email()).orElse(null);
		Members.Credentials member = (credentials == null) ? this.members.findCredentials(request.email())
			.filter((found) -> found.passwordHash() != null)
			.orElse(null) : null;
		String hash = (credentials != null) ? credentials.passwordHash()
				: (member != null) ? member.passwordHash() : this.unknownAccountHash;
		boolean matches = this.passwords.matches(request.password(), hash);
		if ((credentials == null && member == null) || !matches || (member != null && !member.member().isActive())) {
			this.throttle.failed(request.email(), address);
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "Not authenticated",
						"Wrong email or password."));
		}
		this.throttle.succeeded(request.email(), address);
		IssuedToken issued;
		if (member != null) {
			Account seller = this.accounts.find(member.member().seller()).orElseThrow();
			Caller.of(seller, member.member()).require(Permission.MANAGE_API_TOKENS);
			issued = this.tokens.issue(seller, member.member().id(), request.name());
		}
		else {
			issued = this.tokens.issue(credentials.account(), request.name());
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TokenJson(issued.secret(), issued.token().expiresAt(), issued.token().id(),
					issued.token().name()));
	}

	@GetMapping(ApiSecurityConfiguration.API + "/auth/tokens")
	@Operation(operationId = "listTokens", summary = "List the caller's tokens",
			description = "The caller's tokens, newest first, without their values.")
	List<TokenInfoJson> list(Caller caller) {
		return this.tokens.list(caller).stream().map(TokenInfoJson::of).toList();
	}

	@DeleteMapping(ApiSecurityConfiguration.API + "/auth/tokens/{id}")
	@Operation(operationId = "revokeToken", summary = "Revoke a token",
			description = "Revokes one of the caller's tokens; it stops working at once.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(Caller caller, @PathVariable long id) {
		if (!this.tokens.revoke(caller, id)) {
			throw new NotFoundException("token");
		}
	}

	/**
	 * Credentials for a new token.
	 *
	 * @param email the account's address
	 * @param password its password
	 * @param name a label for the token (optional)
	 */
	record TokenRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password,
			@Size(max = 100) @Nullable String name) {

		@Override
		public String toString() {
			return "TokenRequest[" + this.email + "]";
		}

	}

	/**
	 * A new token, shown this once.
	 *
	 * @param token the bearer value
	 * @param expiresAt when it stops working
	 * @param tokenId its id, for revoking
	 * @param name its label
	 */
	record TokenJson(String token, Instant expiresAt, long tokenId, String name) {
	}

	/**
	 * A token as listed: never its value.
	 *
	 * @param tokenId the id
	 * @param name the label
	 * @param prefix its first characters
	 * @param createdAt when created
	 * @param expiresAt when it expires
	 * @param revokedAt when revoked, or null
	 * @param lastUsedAt when last used, or null
	 */
	record TokenInfoJson(long tokenId, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

		static TokenInfoJson of(ApiToken token) {
			return new TokenInfoJson(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
					token.revokedAt(), token.lastUsedAt());
		}

	}

}
