package dev.parley.core.team;

import java.util.Objects;

import dev.parley.core.account.AccountId;

/**
 * A seller's assignment settings.
 *
 * @param seller the seller account
 * @param roundRobin whether each new buyer thread is assigned to the next active member
 * who may reply, in turn (the owner is not in the rotation)
 */
public record AssignmentSettings(AccountId seller, boolean roundRobin) {

	public AssignmentSettings {
		Objects.requireNonNull(seller, "seller");
	}

}
