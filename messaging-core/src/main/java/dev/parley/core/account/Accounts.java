package dev.parley.core.account;

import java.util.Optional;

/**
 * Port: the accounts of the marketplace and their messaging settings.
 */
public interface Accounts {

	Optional<Account> find(AccountId id);

	/**
	 * Finds an account by its registered address, ignoring case.
	 * @param email the address
	 * @return the account, if one is registered with that address
	 */
	Optional<Account> findByEmail(String email);

	/**
	 * The login credentials of an account, for authentication only.
	 * @param email the login address, any case
	 * @return the account and its password hash
	 */
	Optional<Credentials> findCredentials(String email);

	/**
	 * Registers an account.
	 * @param registration the new account's details and password hash
	 * @return the stored account with its id
	 */
	Account register(Registration registration);

	SellerSettings sellerSettings(AccountId seller);

	void saveSellerSettings(AccountId seller, SellerSettings settings);

	BuyerSettings buyerSettings(AccountId buyer);

	void saveBuyerSettings(AccountId buyer, BuyerSettings settings);

	/**
	 * The two parties of a conversation with their messaging settings, read together: the
	 * send path needs all four for every message.
	 * @param buyer the buyer
	 * @param seller the seller
	 * @return both accounts and their settings (defaults where none were saved)
	 * @throws IllegalArgumentException when either account does not exist
	 */
	Parties parties(AccountId buyer, AccountId seller);

	/**
	 * Both parties of a conversation.
	 *
	 * @param buyer the buyer
	 * @param buyerSettings the buyer's preferences
	 * @param seller the seller
	 * @param sellerSettings the seller's settings and standing
	 */
	record Parties(Account buyer, BuyerSettings buyerSettings, Account seller, SellerSettings sellerSettings) {

		/**
		 * One of the two accounts.
		 * @param id the buyer's or the seller's id
		 * @return that account
		 */
		public Account account(AccountId id) {
			if (this.buyer.id().equals(id)) {
				return this.buyer;
			}
			if (this.seller.id().equals(id)) {
				return this.seller;
			}
			throw new IllegalArgumentException(id + " is neither party");
		}

	}

	/**
	 * An account's login credentials.
	 *
	 * @param account the account
	 * @param passwordHash the hash in the delegating encoder's format
	 * ({@code {bcrypt}...})
	 */
	record Credentials(Account account, String passwordHash) {
	}

	/**
	 * What it takes to register an account.
	 *
	 * @param email the login and notification address
	 * @param displayName what other parties see
	 * @param passwordHash the password hash in the delegating encoder's format
	 * @param role the role
	 * @param language preferred language
	 * @param businessBuyer whether a buyer buys for a company
	 */
	record Registration(String email, String displayName, String passwordHash, Role role, Language language,
			boolean businessBuyer) {

		public Registration {
			if (email == null || !email.contains("@")) {
				throw new IllegalArgumentException("an account needs an email address");
			}
			if (passwordHash == null || passwordHash.isBlank()) {
				throw new IllegalArgumentException("an account needs a password hash");
			}
			if (businessBuyer && role != Role.BUYER) {
				throw new IllegalArgumentException("only buyers can be business buyers");
			}
		}

	}

}
