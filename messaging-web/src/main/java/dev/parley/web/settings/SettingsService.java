package dev.parley.web.settings;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.BuyerSettings;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' communication preferences and sellers' notification settings. A seller's
 * messaging status is shown but never changed here (admins decide it).
 */
@Service
public class SettingsService {

	private final Accounts accounts;

	SettingsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public BuyerSettings buyerSettings(Caller caller) {
		requireRole(caller, Role.BUYER);
		return this.accounts.buyerSettings(caller.id());
	}

	@Transactional
	public BuyerSettings saveBuyerSettings(Caller caller, boolean optOutNonEssential) {
		requireRole(caller, Role.BUYER);
		BuyerSettings settings = new BuyerSettings(optOutNonEssential);
		this.accounts.saveBuyerSettings(caller.id(), settings);
		return settings;
	}

	@Transactional(readOnly = true)
	public SellerSettings sellerSettings(Caller caller) {
		requireRole(caller, Role.SELLER);
		return this.accounts.sellerSettings(caller.id());
	}

	/**
	 * Saves a seller's notification settings.
	 * @param caller a seller
	 * @param buyerMessagesEnabled the "Buyer messages" switch
	 * @param notificationEmail where notifications go; defaults to the account's address
	 * when enabled without one
	 * @return the saved settings
	 */
	@Transactional
	public SellerSettings saveSellerSettings(Caller caller, boolean buyerMessagesEnabled,
			@Nullable String notificationEmail) {
		requireRole(caller, Role.SELLER);
		String email = (notificationEmail == null || notificationEmail.isBlank()) ? null : notificationEmail.strip();
		if (email != null && !isPlausibleEmail(email)) {
			throw new BadRequestException("NOTIFICATION_EMAIL_INVALID",
					"the notification email is not an email address");
		}
		if (buyerMessagesEnabled && email == null) {
			email = this.accounts.find(caller.id()).map(Account::email).orElseThrow();
		}
		SellerSettings current = this.accounts.sellerSettings(caller.id());
		SellerSettings settings = new SellerSettings(buyerMessagesEnabled, email, current.status());
		this.accounts.saveSellerSettings(caller.id(), settings);
		return settings;
	}

	static boolean isPlausibleEmail(String email) {
		return email.length() <= 320 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	private static void requireRole(Caller caller, Role role) {
		if (!caller.is(role)) {
			throw new BadRequestException("WRONG_ROLE", "these settings are for " + role.name().toLowerCase() + "s");
		}
	}

}
