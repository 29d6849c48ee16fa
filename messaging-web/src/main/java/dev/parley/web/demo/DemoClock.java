package dev.parley.web.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's clock: the system clock, except while the seeder writes the demo's history,
 * when it reads as far in the past as the seeder says. Only the demo profile uses it.
 */
class DemoClock extends Clock {

	private final Clock system = Clock.systemUTC();

	private volatile Duration offset = Duration.ZERO;

	void travelBack(Duration ago) {
		this.offset = ago.negated();
	}

	void backToNow() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this.system.withZone(zone);
	}

	@Override
	public Instant instant() {
		return this.system.instant().plus(this.offset);
	}

}
