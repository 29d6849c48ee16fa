package dev.parley.web.security;

import java.util.List;
import java.util.Set;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Permission;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account: Spring Security's user with the account's id, role, display name
 * and language, so that controllers and services never look the account up again. A
 * member of a seller's team signs in with their own address and acts in the seller's
 * account; their status and permissions are read again on every request
 * ({@link MemberSessionFilter}), so the session holds only who they are.
 */
public class ParleyUser extends User {

	private final AccountId accountId;

	private final Role role;

	private final String displayName;

	private final Language language;

	private final @Nullable MemberId memberId;

	private final @Nullable String memberName;

	private final Set<Permission> permissions;

	public ParleyUser(Account account, String passwordHash) {
		super(account.email(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		this.accountId = account.id();
		this.role = account.role();
		this.displayName = account.displayName();
		this.language = account.language();
		this.memberId = null;
		this.memberName = null;
		this.permissions = Permission.all();
	}

	/**
	 * A member of the seller's team.
	 * @param seller the seller account
	 * @param member the member
	 * @param passwordHash the member's password hash (empty after login)
	 */
	public ParleyUser(Account seller, Member member, String passwordHash) {
		super(member.email(), passwordHash, member.isActive(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + seller.role().name())));
		this.accountId = seller.id();
		this.role = seller.role();
		this.displayName = seller.displayName();
		this.language = seller.language();
		this.memberId = member.id();
		this.memberName = member.displayName();
		this.permissions = member.permissions();
	}

	private ParleyUser(ParleyUser user, Member member) {
		super(user.getUsername(), "", member.isActive(), true, true, true, user.getAuthorities());
		this.accountId = user.accountId;
		this.role = user.role;
		this.displayName = user.displayName;
		this.language = user.language;
		this.memberId = member.id();
		this.memberName = member.displayName();
		this.permissions = member.permissions();
	}

	/**
	 * The same member with their current name and permissions.
	 * @param member the member as stored now
	 * @return the user for this request
	 */
	ParleyUser refreshed(Member member) {
		return new ParleyUser(this, member);
	}

	public AccountId accountId() {
		return this.accountId;
	}

	public Role role() {
		return this.role;
	}

	public String displayName() {
		return this.displayName;
	}

	public Language language() {
		return this.language;
	}

	public @Nullable MemberId memberId() {
		return this.memberId;
	}

	/**
	 * The name in the page header: the member's, with the seller's, for a member.
	 * @return the name to show the signed-in person
	 */
	public String headerName() {
		return (this.memberName != null) ? this.memberName + " · " + this.displayName : this.displayName;
	}

	/**
	 * Whether the signed-in person may do something (pages hide what they may not).
	 * @param permission the permission's name
	 * @return whether they have it
	 */
	public boolean may(String permission) {
		return this.permissions.contains(Permission.valueOf(permission));
	}

	public Caller toCaller() {
		return new Caller(this.accountId, this.role, this.displayName, this.language, this.memberId, this.memberName,
				this.permissions);
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
