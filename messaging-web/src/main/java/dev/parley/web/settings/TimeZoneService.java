package dev.parley.web.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.parley.core.account.TimeZones;
import dev.parley.web.platform.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Each account's time zone: read for every page (the session keeps it), set in the
 * settings or, once, from the browser's own zone.
 */
@Service
public class TimeZoneService {

	/**
	 * Region-based zones a person picks from (no {@code Etc/GMT+3} or {@code SystemV}).
	 */
	static final List<String> CHOICES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
		.sorted()
		.toList();

	private static final Set<String> CHOICE_SET = Set.copyOf(CHOICES);

	private final TimeZones zones;

	TimeZoneService(TimeZones zones) {
		this.zones = zones;
	}

	/**
	 * The zones to choose from, for the settings pages
	 * ({@code ${@timeZoneService.choices()}}).
	 * @return region ids, sorted
	 */
	public List<String> choices() {
		return CHOICES;
	}

	public Optional<ZoneId> find(Caller caller) {
		return this.zones.find(caller.id());
	}

	/**
	 * Sets the caller's zone.
	 * @param caller who
	 * @param zone an id from {@link #CHOICES}
	 * @return the zone set, or empty when the id is not one of them (nothing changes)
	 */
	public Optional<ZoneId> set(Caller caller, @Nullable String zone) {
		ZoneId parsed = parse(zone);
		if (parsed == null) {
			return Optional.empty();
		}
		this.zones.set(caller.id(), parsed);
		return Optional.of(parsed);
	}

	static @Nullable ZoneId parse(@Nullable String zone) {
		if (zone == null) {
			return null;
		}
		String id = "Etc/UTC".equals(zone) ? "UTC" : zone.strip();
		return CHOICE_SET.contains(id) ? ZoneId.of(id) : null;
	}

}
