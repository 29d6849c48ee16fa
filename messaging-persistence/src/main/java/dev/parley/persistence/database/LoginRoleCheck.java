package dev.parley.persistence.database;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Least privilege at startup: the application refuses to start when the role it logs in
 * as is a superuser, owns any of Parley's tables, or may act as their owner. Such a login
 * only {@code SET ROLE}s to the runtime role, and {@code RESET ROLE} would regain the
 * power to disable the append-only triggers. The demo may keep the convenience
 * ({@code parley.database.allow-privileged-login=true}, set by the demo profile), with a
 * warning at every start.
 */
@Component
class LoginRoleCheck implements InitializingBean {

	static final String ALLOW = "parley.database.allow-privileged-login";

	private static final Log logger = LogFactory.getLog(LoginRoleCheck.class);

	private final DataSource dataSource;

	private final Environment environment;

	LoginRoleCheck(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Privilege privilege = jdbc.queryForObject("""
				SELECT session_user AS login, r.rolsuper AS superuser,
				       EXISTS (SELECT 1 FROM pg_class c
				               WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S')
				                 AND pg_has_role(session_user, c.relowner, 'MEMBER')) AS owner
				FROM pg_roles r WHERE r.rolname = session_user
				""",
				(rs, n) -> new Privilege(rs.getString("login"), rs.getBoolean("superuser"), rs.getBoolean("owner")));
		if (privilege == null || (!privilege.superuser() && !privilege.owner())) {
			return;
		}
		String what = privilege.superuser() ? "a superuser" : "the owner of Parley's tables (or a member of it)";
		if (this.environment.getProperty(ALLOW, Boolean.class, false)) {
			logger.warn("The application logs in to PostgreSQL as '" + privilege.login() + "', " + what
					+ ": it could undo the record's protection (allowed by " + ALLOW + "=true: demo and tests only). "
					+ "Production logs in as the runtime role; see the README.");
			return;
		}
		throw new PrivilegedLoginException(privilege.login(), what);
	}

	record Privilege(String login, boolean superuser, boolean owner) {
	}

}
