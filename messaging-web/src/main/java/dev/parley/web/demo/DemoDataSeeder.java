package dev.parley.web.demo;

import dev.parley.core.account.Accounts;
import dev.parley.core.account.BuyerSettings;
import dev.parley.web.demo.DemoAccounts.DemoAccount;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo marketplace once: running it again finds the accounts and leaves
 * everything as it is.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoDataSeeder.class);

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	DemoDataSeeder(Accounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.findByEmail(DemoAccounts.ADMIN.email()).isPresent()) {
			logger.info("Demo data already present; leaving it as it is");
			return;
		}
		String passwordHash = this.passwordEncoder.encode(DemoAccounts.PASSWORD);
		for (DemoAccount account : DemoAccounts.ALL) {
			this.accounts.register(new Accounts.Registration(account.email(), account.displayName(), passwordHash,
					account.role(), account.language(), account.businessBuyer()));
		}
		this.accounts.findByEmail(DemoAccounts.OPTED_OUT_BUYER.email())
			.ifPresent((buyer) -> this.accounts.saveBuyerSettings(buyer.id(), new BuyerSettings(true)));
		logger.info("Seeded the demo marketplace");
	}

}
