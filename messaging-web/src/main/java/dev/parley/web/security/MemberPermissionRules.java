package dev.parley.web.security;

import java.util.List;
import java.util.Optional;

import dev.parley.core.team.Permission;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which permission a member of a seller's team needs for the pages and endpoints that
 * concern the whole workspace (settings, tokens, templates, the team, the inbox). Threads
 * and orders are checked by the services after the object is found to be the seller's, so
 * that a thread of another seller stays a 404 and one's own a 403.
 */
final class MemberPermissionRules {

	private static final List<Rule> RULES = List.of(rule(null, "/seller/team/**", Permission.MANAGE_MEMBERS),
			rule(null, "/api/v1/team/**", Permission.MANAGE_MEMBERS),
			rule("POST", "/seller/templates/**", Permission.MANAGE_TEMPLATES),
			rule(null, "/seller/templates/new", Permission.MANAGE_TEMPLATES),
			rule(null, "/seller/settings/**", Permission.MANAGE_SETTINGS),
			rule(null, "/seller/webhooks/**", Permission.MANAGE_API_TOKENS),
			rule(null, "/api/v1/settings/**", Permission.MANAGE_SETTINGS),
			rule(null, "/api/v1/webhooks/**", Permission.MANAGE_API_TOKENS),
			rule(null, "/seller/tokens/**", Permission.MANAGE_API_TOKENS),
			rule("GET", "/api/v1/auth/tokens", Permission.MANAGE_API_TOKENS),
			rule("DELETE", "/api/v1/auth/tokens/*", Permission.MANAGE_API_TOKENS),
			rule(null, "/seller/inbox/**", Permission.READ_MESSAGES),
			rule("GET", "/seller/orders", Permission.READ_MESSAGES),
			rule(null, "/seller/performance/**", Permission.READ_MESSAGES),
			rule("GET", "/attachments/*", Permission.READ_MESSAGES), rule(null, "/live/**", Permission.READ_MESSAGES),
			rule("GET", "/api/v1/threads", Permission.READ_MESSAGES),
			rule("GET", "/api/v1/orders", Permission.READ_MESSAGES),
			rule(null, "/api/v1/changes/**", Permission.READ_MESSAGES),
			rule(null, "/api/v1/metrics/**", Permission.READ_MESSAGES),
			rule("GET", "/api/v1/attachments/*", Permission.READ_MESSAGES));

	private MemberPermissionRules() {
	}

	/**
	 * The permission a request needs.
	 * @param method the HTTP method
	 * @param path the path within the application
	 * @return the permission, or empty when the page or service decides (or none is
	 * needed)
	 */
	static Optional<Permission> required(String method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return RULES.stream()
			.filter((rule) -> rule.method() == null || rule.method().equals(method))
			.filter((rule) -> rule.pattern().matches(container))
			.map(Rule::permission)
			.findFirst();
	}

	private static Rule rule(@Nullable String method, String pattern, Permission permission) {
		return new Rule(method, PathPatternParser.defaultInstance.parse(pattern), permission);
	}

	private record Rule(@Nullable String method, PathPattern pattern, Permission permission) {
	}

}
