package dev.parley.web.platform;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.team.Member;
import dev.parley.core.team.MemberId;
import dev.parley.core.team.Permission;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling a service, whatever the channel (page session, API token, inbound
 * email). A member of a seller's team calls as the seller's account ({@link #id()}) with
 * the member's own permissions; everybody else has every permission of their role.
 *
 * @param id the account
 * @param role its role
 * @param displayName its display name
 * @param language its preferred language
 * @param member the member of the seller's team acting, or null for the account's owner
 * @param memberName the member's name, or null
 * @param permissions what the caller may do (all of them for an owner)
 */
public record Caller(AccountId id, Role role, String displayName, Language language, @Nullable MemberId member,
		@Nullable String memberName, Set<Permission> permissions) {

	public Caller {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(language, "language");
		permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
		if (member != null && role != Role.SELLER) {
			throw new IllegalArgumentException("only sellers have team members");
		}
	}

	/** The account's owner, with every permission. */
	public Caller(AccountId id, Role role, String displayName, Language language) {
		this(id, role, displayName, language, null, null, Permission.all());
	}

	/**
	 * The caller acting as an account.
	 * @param account the account
	 * @return its caller
	 */
	public static Caller of(Account account) {
		return new Caller(account.id(), account.role(), account.displayName(), account.language());
	}

	/**
	 * A member of a seller's team acting in the seller's account.
	 * @param seller the seller account
	 * @param member the member
	 * @return the caller with the member's permissions
	 */
	public static Caller of(Account seller, Member member) {
		if (!seller.id().equals(member.seller())) {
			throw new IllegalArgumentException("member " + member.id() + " is not in the team of " + seller.id());
		}
		return new Caller(seller.id(), seller.role(), seller.displayName(), seller.language(), member.id(),
				member.displayName(), member.permissions());
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * Whether the caller is a member of a seller's team (not the account's owner).
	 * @return whether a member acts
	 */
	public boolean isMember() {
		return this.member != null;
	}

	public boolean may(Permission permission) {
		return this.permissions.contains(permission);
	}

	/**
	 * Refuses a caller without a permission.
	 * @param permission what the caller must be allowed
	 * @throws ForbiddenException when the caller may not
	 */
	public void require(Permission permission) {
		if (!may(permission)) {
			throw new ForbiddenException(permission);
		}
	}

}
