package dev.parley.core.account;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Port: the time zone each account reads times in. Pages show every time in it; the API
 * keeps ISO-8601 UTC.
 */
public interface TimeZones {

	/**
	 * The account's time zone.
	 * @param account the account
	 * @return its zone, or empty while none was chosen (pages then show UTC)
	 */
	Optional<ZoneId> find(AccountId account);

	/**
	 * Sets the account's time zone.
	 * @param account the account
	 * @param zone a region-based zone such as {@code Europe/Berlin}
	 */
	void set(AccountId account, ZoneId zone);

}
