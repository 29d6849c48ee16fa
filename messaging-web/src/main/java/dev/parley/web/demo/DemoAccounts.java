package dev.parley.web.demo;

import java.util.List;

import dev.parley.core.account.Language;
import dev.parley.core.account.Role;

/**
 * The demo marketplace's accounts. All share {@link #PASSWORD}; the README lists them.
 */
final class DemoAccounts {

	static final String PASSWORD = "parley-demo";

	/** Northwind's team member (read, reply, templates), same password. */
	static final String TEAM_MEMBER_EMAIL = "sam@parley.test";

	static final String TEAM_MEMBER_NAME = "Sam Rivera";

	static final DemoAccount SELLER = new DemoAccount("seller@parley.test", "Northwind Outfitters", Role.SELLER,
			Language.EN, false);

	static final DemoAccount SECOND_SELLER = new DemoAccount("artesana@parley.test", "Casa Artesana", Role.SELLER,
			Language.ES, false);

	static final DemoAccount BUYER = new DemoAccount("ben@parley.test", "Ben Carter", Role.BUYER, Language.EN, false);

	static final DemoAccount SPANISH_BUYER = new DemoAccount("ana@parley.test", "Ana García", Role.BUYER, Language.ES,
			false);

	static final DemoAccount BUSINESS_BUYER = new DemoAccount("purchasing@parley.test", "Acme Facilities Ltd",
			Role.BUYER, Language.EN, true);

	static final DemoAccount OPTED_OUT_BUYER = new DemoAccount("devon@parley.test", "Devon Lee", Role.BUYER,
			Language.EN, false);

	static final DemoAccount ADMIN = new DemoAccount("admin@parley.test", "Trust & Safety", Role.ADMIN, Language.EN,
			false);

	static final List<DemoAccount> ALL = List.of(SELLER, SECOND_SELLER, BUYER, SPANISH_BUYER, BUSINESS_BUYER,
			OPTED_OUT_BUYER, ADMIN);

	private DemoAccounts() {
	}

	record DemoAccount(String email, String displayName, Role role, Language language, boolean businessBuyer) {
	}

}
