package dev.parley.persistence.account;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.BuyerSettings;
import dev.parley.core.account.Language;
import dev.parley.core.account.MessagingStatus;
import dev.parley.core.account.Role;
import dev.parley.core.account.SellerSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JpaAccounts.class)
class JpaAccountsTests {

	@Autowired
	Accounts accounts;

	@Test
	void registersAndFindsAccountsByEmailIgnoringCase() {
		Account stored = this.accounts.register(new Accounts.Registration("Ana.Lopez@Example.test", "Ana López",
				"{noop}secret", Role.BUYER, Language.ES, true));

		assertThat(this.accounts.findByEmail("ana.lopez@example.TEST")).contains(stored);
		assertThat(stored.language()).isEqualTo(Language.ES);
		assertThat(stored.businessBuyer()).isTrue();
		assertThat(this.accounts.findCredentials("ANA.LOPEZ@example.test"))
			.hasValueSatisfying((credentials) -> assertThat(credentials.passwordHash()).isEqualTo("{noop}secret"));
	}

	@Test
	void refusesASecondAccountWithTheSameAddressInAnotherCase() {
		this.accounts
			.register(new Accounts.Registration("dup@example.test", "One", "{noop}x", Role.BUYER, Language.EN, false));

		assertThatThrownBy(() -> this.accounts
			.register(new Accounts.Registration("DUP@example.test", "Two", "{noop}x", Role.SELLER, Language.EN, false)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void partiesReadBothAccountsAndTheirSettingsTogether() {
		Account seller = this.accounts.register(
				new Accounts.Registration("both-s@example.test", "Shop", "{noop}x", Role.SELLER, Language.EN, false));
		Account buyer = this.accounts.register(
				new Accounts.Registration("both-b@example.test", "Bea", "{noop}x", Role.BUYER, Language.FR, true));

		Accounts.Parties defaults = this.accounts.parties(buyer.id(), seller.id());
		assertThat(defaults.buyer()).isEqualTo(buyer);
		assertThat(defaults.seller()).isEqualTo(seller);
		assertThat(defaults.buyerSettings()).isEqualTo(new BuyerSettings(false));
		assertThat(defaults.sellerSettings())
			.isEqualTo(new SellerSettings(true, "both-s@example.test", MessagingStatus.ACTIVE));

		this.accounts.saveBuyerSettings(buyer.id(), new BuyerSettings(true));
		this.accounts.saveSellerSettings(seller.id(), new SellerSettings(false, null, MessagingStatus.SUSPENDED));
		Accounts.Parties saved = this.accounts.parties(buyer.id(), seller.id());
		assertThat(saved.buyerSettings().optOutNonEssential()).isTrue();
		assertThat(saved.sellerSettings()).isEqualTo(new SellerSettings(false, null, MessagingStatus.SUSPENDED));
		assertThat(saved.account(buyer.id())).isEqualTo(buyer);
	}

	@Test
	void settingsDefaultUntilSavedAndThenKeepWhatWasSaved() {
		Account seller = this.accounts.register(
				new Accounts.Registration("shop@example.test", "Shop", "{noop}x", Role.SELLER, Language.EN, false));
		Account buyer = this.accounts
			.register(new Accounts.Registration("bob@example.test", "Bob", "{noop}x", Role.BUYER, Language.EN, false));

		assertThat(this.accounts.sellerSettings(seller.id()))
			.isEqualTo(new SellerSettings(true, "shop@example.test", MessagingStatus.ACTIVE));
		assertThat(this.accounts.buyerSettings(buyer.id())).isEqualTo(new BuyerSettings(false));

		this.accounts.saveSellerSettings(seller.id(), new SellerSettings(false, null, MessagingStatus.WARNED));
		this.accounts.saveBuyerSettings(buyer.id(), new BuyerSettings(true));

		assertThat(this.accounts.sellerSettings(seller.id()))
			.isEqualTo(new SellerSettings(false, null, MessagingStatus.WARNED));
		assertThat(this.accounts.buyerSettings(buyer.id())).isEqualTo(new BuyerSettings(true));
	}

}
