package dev.parley.persistence.database;

/**
 * No PostgreSQL server answered at the configured URL, or it refused the configured user.
 * Reported at startup as one clear message, not a stack trace.
 */
public class DatabaseUnavailableException extends RuntimeException {

	private final String url;

	private final String username;

	private final String reason;

	DatabaseUnavailableException(String url, String username, String reason, Throwable cause) {
		super("Cannot use PostgreSQL at " + url + " as user " + username + ": " + reason, cause);
		this.url = url;
		this.username = username;
		this.reason = reason;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String reason() {
		return this.reason;
	}

}
