package dev.parley.web.security;

import dev.parley.core.account.Role;

/**
 * Where each role lands after login.
 */
public final class RoleHome {

	public static final String SELLER = "/seller/inbox";

	public static final String BUYER = "/buyer/orders";

	public static final String ADMIN = "/admin/flags";

	private RoleHome() {
	}

	public static String of(Role role) {
		return switch (role) {
			case SELLER -> SELLER;
			case BUYER -> BUYER;
			case ADMIN -> ADMIN;
		};
	}

}
