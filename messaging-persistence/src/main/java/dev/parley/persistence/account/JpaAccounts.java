package dev.parley.persistence.account;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.BuyerSettings;
import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and settings through Spring Data JPA. Writes are flushed before they return,
 * so that the plain-JDBC adapters see them in the same transaction. A seller or buyer
 * without a settings row has the defaults (buyer messages on, notifications to the
 * account address, active; not opted out).
 */
@Repository
@Transactional(readOnly = true)
class JpaAccounts implements Accounts {

	private final AccountJpaRepository accounts;

	private final SellerSettingsJpaRepository sellerSettings;

	private final BuyerSettingsJpaRepository buyerSettings;

	private final JdbcClient jdbc;

	JpaAccounts(AccountJpaRepository accounts, SellerSettingsJpaRepository sellerSettings,
			BuyerSettingsJpaRepository buyerSettings, JdbcClient jdbc) {
		this.accounts = accounts;
		this.sellerSettings = sellerSettings;
		this.buyerSettings = buyerSettings;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Account> find(AccountId id) {
		return this.accounts.findById(id.value()).map(JpaAccounts::toAccount);
	}

	@Override
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmailIgnoringCase(email.strip()).map(JpaAccounts::toAccount);
	}

	@Override
	public Optional<Credentials> findCredentials(String email) {
		return this.accounts.findByEmailIgnoringCase(email.strip())
			.map((entity) -> new Credentials(toAccount(entity), entity.getPasswordHash()));
	}

	@Override
	@Transactional
	public Account register(Registration registration) {
		AccountJpaEntity entity = this.accounts.saveAndFlush(new AccountJpaEntity(registration.email().strip(),
				registration.displayName().strip(), registration.passwordHash(), registration.role().name(),
				registration.language().code(), registration.businessBuyer()));
		return toAccount(entity);
	}

	@Override
	public Parties parties(AccountId buyer, AccountId seller) {
		Map<Long, Object[]> rows = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.id, a.email, a.display_name, a.role, a.language, a.business_buyer,
				       bs.opt_out_non_essential, coalesce(bs.messaging_status, 'ACTIVE') AS buyer_status,
				       ss.seller_id IS NOT NULL AS has_seller_settings,
				       ss.buyer_messages_enabled, ss.notification_email, ss.messaging_status
				FROM account a
				LEFT JOIN buyer_settings bs ON bs.buyer_id = a.id
				LEFT JOIN seller_settings ss ON ss.seller_id = a.id
				WHERE a.id IN (?, ?)
				""").params(buyer.value(), seller.value()).query((ResultSet rs) -> {
			Account account = new Account(AccountId.of(rs.getLong("id")), rs.getString("email"),
					rs.getString("display_name"), Role.valueOf(rs.getString("role")),
					Language.of(rs.getString("language")), rs.getBoolean("business_buyer"));
			BuyerSettings buyerSettings = new BuyerSettings(rs.getBoolean("opt_out_non_essential"),
					MessagingStatus.valueOf(rs.getString("buyer_status")));
			SellerSettings sellerSettings = rs.getBoolean("has_seller_settings")
					? new SellerSettings(rs.getBoolean("buyer_messages_enabled"), rs.getString("notification_email"),
							MessagingStatus.valueOf(rs.getString("messaging_status")))
					: new SellerSettings(true, account.email(), MessagingStatus.ACTIVE);
			rows.put(account.id().value(), new Object[] { account, buyerSettings, sellerSettings });
		});
		Object[] buyerRow = rows.get(buyer.value());
		Object[] sellerRow = rows.get(seller.value());
		if (buyerRow == null || sellerRow == null) {
			throw new IllegalArgumentException("no account " + ((buyerRow == null) ? buyer : seller));
		}
		return new Parties((Account) buyerRow[0], (BuyerSettings) buyerRow[1], (Account) sellerRow[0],
				(SellerSettings) sellerRow[2]);
	}

	@Override
	public SellerSettings sellerSettings(AccountId seller) {
		return this.sellerSettings.findById(seller.value())
			.map((entity) -> new SellerSettings(entity.isBuyerMessagesEnabled(), entity.getNotificationEmail(),
					MessagingStatus.valueOf(entity.getMessagingStatus())))
			.orElseGet(() -> new SellerSettings(true, accountEmail(seller), MessagingStatus.ACTIVE));
	}

	@Override
	@Transactional
	public void saveSellerSettings(AccountId seller, SellerSettings settings) {
		this.sellerSettings.findById(seller.value())
			.ifPresentOrElse(
					(entity) -> entity.update(settings.buyerMessagesEnabled(), settings.notificationEmail(),
							settings.status().name()),
					() -> this.sellerSettings.save(new SellerSettingsJpaEntity(seller.value(),
							settings.buyerMessagesEnabled(), settings.notificationEmail(), settings.status().name())));
		// Visible at once to the plain-JDBC adapters in the same transaction.
		this.sellerSettings.flush();
	}

	@Override
	public BuyerSettings buyerSettings(AccountId buyer) {
		return this.buyerSettings.findById(buyer.value())
			.map((entity) -> new BuyerSettings(entity.isOptOutNonEssential(),
					MessagingStatus.valueOf(entity.getMessagingStatus())))
			.orElseGet(() -> new BuyerSettings(false));
	}

	@Override
	@Transactional
	public void saveBuyerSettings(AccountId buyer, BuyerSettings settings) {
		this.buyerSettings.findById(buyer.value())
			.ifPresentOrElse((entity) -> entity.update(settings.optOutNonEssential()), () -> this.buyerSettings
				.save(new BuyerSettingsJpaEntity(buyer.value(), settings.optOutNonEssential())));
		this.buyerSettings.flush();
	}

	private String accountEmail(AccountId id) {
		return this.accounts.findById(id.value())
			.map(AccountJpaEntity::getEmail)
			.orElseThrow(() -> new IllegalArgumentException("no account " + id));
	}

	private static Account toAccount(AccountJpaEntity entity) {
		Long id = entity.getId();
		if (id == null) {
			throw new IllegalStateException("account not yet stored");
		}
		return new Account(AccountId.of(id), entity.getEmail(), entity.getDisplayName(),
				Role.valueOf(entity.getRole().toUpperCase(Locale.ROOT)), Language.of(entity.getLanguage()),
				entity.isBusinessBuyer());
	}

}
