package dev.parley.persistence.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run its own database: created when the JUnit launcher session opens
 * and announced to Spring through the standard {@code spring.datasource.*} system
 * properties, dropped when the session closes.
 */
public class TestDatabaseSession implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		TestDatabase database = TestDatabase.get();
		System.setProperty("spring.datasource.url", database.url());
		System.setProperty("spring.datasource.username", database.username());
		System.setProperty("spring.datasource.password", database.password());
		// The tests log in as the server's superuser: each run creates its own database,
		// and the permanent-record and tamper tests need the owner's connection. The
		// refusal of such a login outside the demo is tested on its own (it clears this).
		System.setProperty("parley.database.allow-privileged-login", "true");
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		TestDatabase.dropIfStarted();
	}

}
