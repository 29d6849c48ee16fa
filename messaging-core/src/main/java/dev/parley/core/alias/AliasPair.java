package dev.parley.core.alias;

import java.util.Objects;

import dev.parley.core.account.AccountId;

/**
 * The relay addresses of one (buyer, seller) pair: stable for the pair, random, unique,
 * not derivable from ids or emails. Only the local parts are stored; the relay domain is
 * configuration.
 *
 * @param buyer the buyer
 * @param seller the seller
 * @param buyerLocalPart the buyer as the seller sees them
 * @param sellerLocalPart the seller as the buyer sees them
 */
public record AliasPair(AccountId buyer, AccountId seller, String buyerLocalPart, String sellerLocalPart) {

	public AliasPair {
		Objects.requireNonNull(buyer, "buyer");
		Objects.requireNonNull(seller, "seller");
		if (!AliasGenerator.isWellFormed(buyerLocalPart) || !AliasGenerator.isWellFormed(sellerLocalPart)) {
			throw new IllegalArgumentException("aliases are 16 base32 characters");
		}
		if (buyerLocalPart.equals(sellerLocalPart)) {
			throw new IllegalArgumentException("the two aliases of a pair differ");
		}
	}

}
