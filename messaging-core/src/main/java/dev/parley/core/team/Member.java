package dev.parley.core.team;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.parley.core.account.AccountId;

/**
 * A member of a seller's team: signs in with an address and password of their own and
 * works in the seller's workspace with the permissions the owner gave them.
 *
 * @param id the member
 * @param seller the seller account whose workspace it is
 * @param email the member's login address (never shown to buyers)
 * @param displayName the member's name, shown to the team and admins (buyers see the
 * seller's name only)
 * @param permissions what the member may do
 * @param status where the member stands
 * @param invitedAt when the member was invited
 */
public record Member(MemberId id, AccountId seller, String email, String displayName, Set<Permission> permissions,
		MemberStatus status, Instant invitedAt) {

	public Member {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(seller, "seller");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(invitedAt, "invitedAt");
		permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
	}

	public boolean isActive() {
		return this.status == MemberStatus.ACTIVE;
	}

	public boolean may(Permission permission) {
		return this.permissions.contains(permission);
	}

}
