package dev.parley.persistence.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link DatabaseUnavailableException} into the one message a newcomer needs: which
 * URL was tried and how to point Parley at another server.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		String description = "Parley cannot use PostgreSQL at " + cause.url() + " (user " + cause.username() + "): "
				+ cause.reason();
		String action = "Start PostgreSQL on that address, or point Parley at another server with the environment "
				+ "variables SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
				+ "(or --spring.datasource.url=... on the command line).";
		return new FailureAnalysis(description, action, cause);
	}

}
