package dev.parley.persistence.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link PrivilegedLoginException} into the fix: log in as the runtime role.
 */
class PrivilegedLoginFailureAnalyzer extends AbstractFailureAnalyzer<PrivilegedLoginException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PrivilegedLoginException cause) {
		String description = "Parley refuses to log in to PostgreSQL as '" + cause.login() + "', " + cause.what()
				+ ": that login could RESET ROLE and disable the append-only triggers of the permanent record.";
		String action = "Log in as the runtime role (parley_app, LOGIN, owning nothing) and run the migrations as the "
				+ "owner: SPRING_DATASOURCE_USERNAME=parley_app SPRING_DATASOURCE_PASSWORD=... "
				+ "SPRING_FLYWAY_USER=parley_owner SPRING_FLYWAY_PASSWORD=... (README, \"Production setup\"). "
				+ "For the demo only: --spring.profiles.active=demo, or " + LoginRoleCheck.ALLOW + "=true.";
		return new FailureAnalysis(description, action, cause);
	}

}
