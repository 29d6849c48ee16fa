package dev.parley.persistence.database;

/**
 * The application's database login is a superuser or owns the tables: it could disable
 * the permanent record's triggers, so Parley refuses to start with it.
 */
public class PrivilegedLoginException extends IllegalStateException {

	private final String login;

	private final String what;

	PrivilegedLoginException(String login, String what) {
		super("The database login '" + login + "' is " + what);
		this.login = login;
		this.what = what;
	}

	public String login() {
		return this.login;
	}

	public String what() {
		return this.what;
	}

}
