package dev.parley.persistence.account;

import java.time.ZoneId;
import java.util.Optional;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.TimeZones;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time zones in {@code account.time_zone}. An id that this JVM no longer knows reads as
 * none (pages fall back to UTC) rather than failing every page.
 */
@Component
@Transactional(readOnly = true)
class JdbcTimeZones implements TimeZones {

	private final JdbcTemplate jdbc;

	JdbcTimeZones(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ZoneId> find(AccountId account) {
		return this.jdbc.query("SELECT time_zone FROM account WHERE id = ?", (rs) -> {
			String zone = rs.next() ? rs.getString(1) : null;
			if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
				return Optional.<ZoneId>empty();
			}
			return Optional.of(ZoneId.of(zone));
		}, account.value());
	}

	@Override
	@Transactional
	public void set(AccountId account, ZoneId zone) {
		this.jdbc.update("UPDATE account SET time_zone = ? WHERE id = ?", zone.getId(), account.value());
	}

}
