package dev.parley.web.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.MemberStatus;
import dev.parley.core.team.Members;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import dev.parley.web.token.ApiTokenService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's team: the owner (or a member allowed to manage members) invites members by
 * email with a one-time token that expires, members accept by choosing a password, and
 * are suspended, reactivated or removed. Suspending or removing takes effect at the
 * member's next request (sessions and tokens check the member every time); removing also
 * revokes the member's API tokens for good.
 */
@Service
public class TeamService {

	/** Shortest password a member may choose. */
	public static final int MIN_PASSWORD = 12;

	private final Members members;

	private final Accounts accounts;

	private final ApiTokenService tokens;

	private final InvitationEmails emails;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final Duration invitationLifetime;

	private final SecureRandom random = new SecureRandom();

	TeamService(Members members, Accounts accounts, ApiTokenService tokens, InvitationEmails emails,
			PasswordEncoder passwords, Clock clock,
			@Value("${parley.team.invitation-lifetime:72h}") Duration invitationLifetime) {
		this.members = members;
		this.accounts = accounts;
		this.tokens = tokens;
		this.emails = emails;
		this.passwords = passwords;
		this.clock = clock;
		this.invitationLifetime = invitationLifetime;
	}

	/**
	 * Invites a member: stores the member with the token's hash and queues the invitation
	 * email (through the outbox, in the same transaction).
	 * @param caller the seller's owner or a member allowed to manage members
	 * @param email the member's address
	 * @param displayName the member's name
	 * @param permissions what the member may do
	 * @return the invited member
	 * @throws BadRequestException when the address is already someone's login
	 */
	@Transactional
	public Member invite(Caller caller, String email, String displayName, Set<Permission> permissions) {
		requireManager(caller);
		String address = email.strip();
		if (!address.contains("@") || address.length() > 320) {
			throw new BadRequestException("EMAIL_INVALID", "enter the member's email address");
		}
		if (displayName.isBlank() || displayName.strip().length() > 120) {
			throw new BadRequestException("NAME_INVALID", "a member's name has 1 to 120 characters");
		}
		if (this.accounts.findByEmail(address).isPresent() || this.members.emailTaken(address)) {
			throw new BadRequestException("EMAIL_TAKEN", "this address already signs in to the marketplace");
		}
		Instant now = now();
		String token = newToken();
		Member member = this.members.invite(caller.id(), address, displayName.strip(), permissions, sha256(token),
				now.plus(this.invitationLifetime), now);
		Account seller = seller(caller);
		this.emails.queue(member, seller, token, now.plus(this.invitationLifetime), now);
		return member;
	}

	/**
	 * The member an invitation link is for, while it can be used.
	 * @param token the token from the link
	 * @return the invited member
	 */
	@Transactional(readOnly = true)
	public Optional<Member> invitation(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.members.findInvitation(sha256(token), now());
	}

	/**
	 * Accepts an invitation once.
	 * @param token the token from the link
	 * @param password the chosen password
	 * @return the member, now active; empty when the link is unknown, used or expired
	 */
	@Transactional
	public Optional<Member> accept(String token, String password) {
		if (password.length() < MIN_PASSWORD || password.length() > 200) {
			throw new BadRequestException("PASSWORD_INVALID", "a password has " + MIN_PASSWORD + " to 200 characters");
		}
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.members.accept(sha256(token), this.passwords.encode(password), now());
	}

	@Transactional(readOnly = true)
	public List<Member> members(Caller caller) {
		requireManager(caller);
		return this.members.list(caller.id());
	}

	@Transactional(readOnly = true)
	public Member member(Caller caller, MemberId id) {
		requireManager(caller);
		return this.members.find(id)
			.filter((member) -> member.seller().equals(caller.id()))
			.orElseThrow(() -> new NotFoundException("member"));
	}

	@Transactional
	public void setPermissions(Caller caller, MemberId id, Set<Permission> permissions) {
		requireManager(caller);
		refuseSelf(caller, id);
		if (!this.members.setPermissions(caller.id(), id, permissions)) {
			throw new NotFoundException("member");
		}
	}

	/**
	 * Changes a member's status.
	 * @param caller the owner or a member manager
	 * @param id the member
	 * @param status {@code ACTIVE} (reactivate a suspended member), {@code SUSPENDED} or
	 * {@code REMOVED}
	 */
	@Transactional
	public void setStatus(Caller caller, MemberId id, MemberStatus status) {
		requireManager(caller);
		refuseSelf(caller, id);
		Member member = member(caller, id);
		if (status == MemberStatus.INVITED || !this.members.setStatus(caller.id(), id, status, now())) {
			throw new BadRequestException("STATUS_CHANGE_INVALID",
					"a " + member.status().name().toLowerCase(Locale.ROOT) + " member cannot become "
							+ status.name().toLowerCase(Locale.ROOT));
		}
		if (status == MemberStatus.REMOVED) {
			this.tokens.revokeAll(id);
		}
	}

	private static void requireManager(Caller caller) {
		if (!caller.is(Role.SELLER)) {
			throw new NotFoundException("team");
		}
		caller.require(Permission.MANAGE_MEMBERS);
	}

	private static void refuseSelf(Caller caller, MemberId id) {
		if (id.equals(caller.member())) {
			throw new BadRequestException("OWN_MEMBERSHIP", "members cannot change their own membership");
		}
	}

	private Account seller(Caller caller) {
		return this.accounts.find(caller.id()).orElseThrow(() -> new NotFoundException("account"));
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
