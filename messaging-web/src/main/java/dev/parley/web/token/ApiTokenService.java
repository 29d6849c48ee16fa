package dev.parley.web.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Members;
import dev.parley.core.token.ApiToken;
import dev.parley.core.token.ApiTokens;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens: 256 random bits, shown once, stored as their SHA-256. Checking a
 * token costs one hash and one indexed lookup (cached for a few seconds), never a
 * password hash. A team member's token is checked against the member's status on every
 * request. Revoking takes effect at once on this instance and within the cache time on
 * others.
 */
@Service
public class ApiTokenService {

	/** Tokens start with this, so that secret scanners and people recognize them. */
	public static final String PREFIX = "prl_";

	private static final int MAX_TOKENS_PER_ACCOUNT = 20;

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final Members members;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Duration lifetime;

	private final Duration cacheTime;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	ApiTokenService(ApiTokens tokens, Accounts accounts, Members members, Clock clock,
			@Value("${parley.api.token-lifetime:90d}") Duration lifetime,
			@Value("${parley.api.token-cache:10s}") Duration cacheTime) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.members = members;
		this.clock = clock;
		this.lifetime = lifetime;
		this.cacheTime = cacheTime;
	}

	/**
	 * Creates a token for the caller.
	 * @param account whose token
	 * @param name the owner's label for it
	 * @return the token and its secret, shown once
	 */
	@Transactional
	public IssuedToken issue(Account account, String name) {
		return issue(account, null, name);
	}

	/**
	 * Creates a token for a member of a seller's team, carrying the member's permissions.
	 * @param account the seller account
	 * @param member the member, or null for the account's owner
	 * @param name the label
	 * @return the token and its secret, shown once
	 */
	@Transactional
	public IssuedToken issue(Account account, @Nullable MemberId member, String name) {
		String label = (name == null || name.isBlank()) ? "API token" : name.strip();
		if (label.length() > 100) {
			throw new BadRequestException("TOKEN_NAME_TOO_LONG", "a token name is limited to 100 characters");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		long active = this.tokens.list(account.id(), member).stream().filter((token) -> token.isActive(now)).count();
		if (active >= MAX_TOKENS_PER_ACCOUNT) {
			throw new BadRequestException("TOO_MANY_TOKENS",
					"an account has at most " + MAX_TOKENS_PER_ACCOUNT + " active tokens; revoke one first");
		}
		byte[] secretBytes = new byte[32];
		this.random.nextBytes(secretBytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		ApiToken token = this.tokens.create(account.id(), member, label, sha256(secret), secret.substring(0, 10), now,
				now.plus(this.lifetime));
		return new IssuedToken(token, secret);
	}

	/**
	 * The caller a bearer token stands for.
	 * @param secret the presented token
	 * @return the caller, when the token is active
	 */
	public Optional<Authenticated> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = sha256(secret);
		String key = HexFormat.of().formatHex(hash);
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(key);
		if (cached != null && now.isBefore(cached.cachedUntil()) && now.isBefore(cached.expiresAt())) {
			return asMemberNow(cached.authenticated());
		}
		this.cache.remove(key);
		Optional<ApiToken> token = this.tokens.findActive(hash, now);
		Optional<Authenticated> authenticated = token.flatMap((found) -> this.accounts.find(found.account())
			.flatMap((account) -> callerOf(account, found.member()))
			.map((caller) -> new Authenticated(found.id(), caller)));
		authenticated.ifPresent((found) -> {
			if (this.cache.size() > 10_000) {
				this.cache.clear();
			}
			this.cache.put(key, new Cached(found, now.plus(this.cacheTime), token.get().expiresAt()));
			this.tokens.touch(found.tokenId(), now.truncatedTo(ChronoUnit.MICROS));
		});
		return authenticated;
	}

	/**
	 * A member's token stands for the member as they are now: the member is read on every
	 * request (one lookup by primary key), so a suspended or removed member's tokens stop
	 * working at once on every instance, and changed permissions apply at once.
	 */
	private Optional<Authenticated> asMemberNow(Authenticated cached) {
		MemberId member = cached.caller().member();
		if (member == null) {
			return Optional.of(cached);
		}
		return this.members.find(member)
			.filter((found) -> found.isActive() && found.seller().equals(cached.caller().id()))
			.map((found) -> new Authenticated(cached.tokenId(),
					new Caller(cached.caller().id(), cached.caller().role(), cached.caller().displayName(),
							cached.caller().language(), found.id(), found.displayName(), found.permissions())));
	}

	private Optional<Caller> callerOf(Account account, @Nullable MemberId member) {
		if (member == null) {
			return Optional.of(Caller.of(account));
		}
		return this.members.find(member)
			.filter((found) -> found.isActive() && found.seller().equals(account.id()))
			.map((found) -> Caller.of(account, found));
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(Caller caller) {
		return this.tokens.list(caller.id(), caller.member());
	}

	/**
	 * Revokes every token of a member (the member was removed); they stop working at
	 * once.
	 * @param member the member
	 */
	@Transactional
	public void revokeAll(MemberId member) {
		List<Long> revoked = this.tokens.revokeAll(member, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.cache.values().removeIf((cached) -> revoked.contains(cached.authenticated().tokenId()));
	}

	/**
	 * Revokes one of the caller's tokens.
	 * @param caller the owner
	 * @param tokenId the token
	 * @return whether a token of the caller was revoked
	 */
	@Transactional
	public boolean revoke(Caller caller, long tokenId) {
		boolean revoked = this.tokens.revoke(tokenId, caller.id(), caller.member(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		if (revoked) {
			this.cache.values().removeIf((cached) -> cached.authenticated().tokenId() == tokenId);
		}
		return revoked;
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * A valid token's caller.
	 *
	 * @param tokenId the token's id (rate limits are per token)
	 * @param caller whose token it is
	 */
	public record Authenticated(long tokenId, Caller caller) {
	}

	private record Cached(Authenticated authenticated, Instant cachedUntil, Instant expiresAt) {
	}

}
