package dev.parley.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import dev.parley.persistence.PersistenceTestApplication;
import dev.parley.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Startup with a privileged login: refused outside the demo with the fix in the message;
 * a login that is only the runtime role starts.
 */
class LoginRoleCheckTests {

	@Test
	void aSuperuserLoginOutsideTheDemoFailsWithTheFix() {
		Throwable failure = catchThrowable(() -> start("--parley.database.allow-privileged-login=false").close());

		assertThat(failure).hasRootCauseInstanceOf(PrivilegedLoginException.class);
		PrivilegedLoginException cause = (PrivilegedLoginException) rootCause(failure);
		FailureAnalysis analysis = new PrivilegedLoginFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription())
			.contains("refuses to log in to PostgreSQL as '" + TestDatabase.get().username() + "', a superuser");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_USERNAME=parley_app")
			.contains("SPRING_FLYWAY_USER=parley_owner");
		assertThat(cause.login()).isEqualTo(TestDatabase.get().username());
	}

	@Test
	void theRuntimeRoleAsLoginStarts() throws SQLException {
		String login = "parley_login_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		try (Connection owner = TestDatabase.get().connect(); Statement statement = owner.createStatement()) {
			// The runtime role exists once the migrations ran (the first Spring test of
			// the run, or this start); a login that is only a member of it may start.
			statement.execute("DO $$ BEGIN CREATE ROLE parley_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN "
					+ "NULL; END $$");
			statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD 'runtime' IN ROLE parley_app");
		}
		try {
			start("--parley.database.allow-privileged-login=false", "--spring.datasource.username=" + login,
					"--spring.datasource.password=runtime", "--spring.flyway.user=" + TestDatabase.get().username(),
					"--spring.flyway.password=" + TestDatabase.get().password())
				.close();
		}
		finally {
			try (Connection owner = TestDatabase.get().connect(); Statement statement = owner.createStatement()) {
				statement.execute("DROP ROLE IF EXISTS " + login);
			}
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(PersistenceTestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
