package dev.parley.persistence.record;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import dev.parley.persistence.PersistenceTestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema comes from Flyway alone and Hibernate validates the entities against it.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class SchemaTests {

	@Autowired
	Flyway flyway;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliedAndHibernateOnlyValidates() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).isNotEmpty();
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState))
			.allMatch((state) -> state == MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).as("migrations not applied").isEmpty();
		assertThat(Arrays.stream(applied).map((info) -> info.getVersion()).filter(java.util.Objects::nonNull))
			.as("versioned migrations")
			.hasSizeGreaterThanOrEqualTo(11);
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		// The context started, so validation of the JPA entities against the tables
		// passed.
	}

	@Test
	void theApplicationWorksAsTheRuntimeRole() {
		assertThat(this.jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("parley_app");
		assertThat(this.jdbc.queryForObject("SELECT session_user <> current_user", Boolean.class)).isTrue();
	}

}
