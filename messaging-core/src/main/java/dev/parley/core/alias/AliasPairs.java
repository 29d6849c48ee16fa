package dev.parley.core.alias;

import java.util.Optional;

import dev.parley.core.account.AccountId;

/**
 * Port: alias pairs.
 */
public interface AliasPairs {

	/**
	 * The pair's aliases, created on first contact and the same ever after, also when two
	 * transactions ask for a new pair at once.
	 * @param buyer the buyer
	 * @param seller the seller
	 * @return the pair
	 */
	AliasPair obtain(AccountId buyer, AccountId seller);

	/**
	 * Finds the pair an alias belongs to.
	 * @param localPart the local part of a relay address, any case
	 * @return the pair, when the alias exists
	 */
	Optional<AliasPair> findByLocalPart(String localPart);

}
