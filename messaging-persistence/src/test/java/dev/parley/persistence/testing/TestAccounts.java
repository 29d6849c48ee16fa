package dev.parley.persistence.testing;

import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.core.account.Account;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;

/**
 * Registers throwaway accounts with unique addresses for tests.
 */
public final class TestAccounts {

	private static final AtomicInteger sequence = new AtomicInteger();

	private TestAccounts() {
	}

	public static Account seller(Accounts accounts) {
		return register(accounts, Role.SELLER, Language.EN, false);
	}

	public static Account buyer(Accounts accounts) {
		return register(accounts, Role.BUYER, Language.EN, false);
	}

	public static Account register(Accounts accounts, Role role, Language language, boolean businessBuyer) {
		int n = sequence.incrementAndGet();
		String name = role.name().toLowerCase() + "-" + n + "-" + System.nanoTime();
		return accounts.register(new Accounts.Registration(name + "@example.test",
				role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + n, "{noop}secret", role,
				language, businessBuyer));
	}

}
