package dev.parley.persistence.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database defaults of every Parley application, at the lowest precedence so that any
 * property or environment variable overrides them.
 * <ul>
 * <li>{@code spring.datasource.*}: {@code jdbc:postgresql://localhost:5432/parley} as
 * {@code postgres}.</li>
 * <li>Migrations run as the connecting (owner) user through a connection of their own;
 * the application's pool switches every connection to the runtime role
 * ({@code parley.database.runtime-role}, default {@code parley_app}), which owns nothing
 * and may only read and insert on the append-only tables.</li>
 * <li>Hibernate validates the schema and never changes it; no open session in view.</li>
 * </ul>
 */
public class DatabaseDefaults implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "parleyDatabaseDefaults";

	public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/parley";

	public static final String DEFAULT_RUNTIME_ROLE = "parley_app";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.datasource.url", DEFAULT_URL);
		defaults.put("spring.datasource.username", "postgres");
		defaults.put("spring.datasource.password", "");
		defaults.put("parley.database.runtime-role", DEFAULT_RUNTIME_ROLE);
		defaults.put("spring.datasource.hikari.connection-init-sql", "SET ROLE ${parley.database.runtime-role}");
		defaults.put("spring.flyway.user", "${spring.datasource.username}");
		defaults.put("spring.flyway.password", "${spring.datasource.password:}");
		defaults.put("spring.flyway.placeholders.runtime_role", "${parley.database.runtime-role}");
		defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
		defaults.put("spring.jpa.open-in-view", "false");
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
	}

}
