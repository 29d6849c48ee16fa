package dev.parley.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parley.web.platform.Caller;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI description served at {@code /v3/api-docs}, complete enough for generated
 * clients: the caller is resolved from the token (never a parameter), every operation has
 * its security, its problem responses (RFC 9457, with {@code violations} on 422) and the
 * rate-limit headers; sends document {@code Idempotency-Key} and
 * {@code Idempotent-Replayed}. A committed copy
 * ({@code src/test/openapi/parley-api.json}) is what the contract test generates its
 * client from; a test keeps the two equal.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String BEARER = "bearer";

	static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static {
		// Resolved from the authentication by CallerArgumentResolver, not sent by
		// clients.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI parleyOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Parley API")
				.version("v1")
				.description("Buyer-seller messaging: orders, threads, messages, attachments, rule checks, metrics, "
						+ "admin review, a changes feed and webhooks. Authenticate with Authorization: Bearer <token> "
						+ "(POST /api/v1/auth/tokens). Errors are RFC 9457 problem details (application/problem+json) "
						+ "with a stable 'code'; a refused message is 422 with 'violations'. Message-creating POSTs "
						+ "honour Idempotency-Key. Every authenticated answer carries RateLimit-Remaining; over the "
						+ "limit the answer is 429 with Retry-After.")
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			// Relative: the document is the same on every host (and equal to the
			// committed copy).
			.servers(List.of(new Server().url("/").description("this deployment")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")));
	}

	/**
	 * Swagger UI's own pages: the pages' policy, except that its inline SVG styles are
	 * allowed (it renders no user content). Everything else keeps the strict policy.
	 * @param http the security builder
	 * @return the chain for the UI's paths
	 * @throws Exception when the chain cannot be built
	 */
	@Bean
	@Order(2)
	SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui.html", "/swagger-ui/**");
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.csrf((csrf) -> csrf.disable());
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(SWAGGER_UI_POLICY))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	OpenApiCustomizer parleyOperations() {
		return (openApi) -> {
			boolean v31 = openApi.getSpecVersion() == SpecVersion.V31;
			Map<String, Schema> schemas = new LinkedHashMap<>();
			for (Class<?> type : List.of(ProblemSchemas.Problem.class, ProblemSchemas.RefusedProblem.class,
					ProblemSchemas.InvalidRequestProblem.class)) {
				schemas.putAll(ModelConverters.getInstance(v31).readAll(new AnnotatedType(type)));
			}
			schemas.forEach(openApi.getComponents()::addSchemas);
			onlyAcceptedActions(openApi);
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean open = path.equals(ApiSecurityConfiguration.API + "/auth/tokens")
						&& method == PathItem.HttpMethod.POST;
				document(path, method, operation, open);
			}));
		};
	}

	private static void document(String path, PathItem.HttpMethod method, Operation operation, boolean open) {
		operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
		ApiResponses responses = operation.getResponses();
		if (!open) {
			responses.values()
				.stream()
				.filter((response) -> response.getHeaders() == null
						|| !response.getHeaders().containsKey("RateLimit-Remaining"))
				.forEach((response) -> response.addHeaderObject("RateLimit-Remaining",
						new Header().description("Requests this token may still make in the current window")
							.schema(integer())));
		}
		boolean body = operation.getRequestBody() != null;
		boolean sends = hasHeader(operation, IdempotentSends.HEADER);
		boolean upload = path.endsWith("/attachments") && method == PathItem.HttpMethod.POST;
		boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (body || parameters) {
			problem(responses, "400",
					"The request is malformed: a parameter, cursor or body field is invalid "
							+ "(a body that fails validation lists 'errors')",
					body ? "InvalidRequestProblem" : "Problem");
		}
		if (!open) {
			problem(responses, "401", "No valid bearer token", "Problem");
			problem(responses, "403", "The caller's role may not use this endpoint", "Problem");
		}
		else {
			problem(responses, "401", "Wrong email or password", "Problem");
		}
		if (path.contains("{")) {
			problem(responses, "404", "Not found, or not the caller's (another party's objects are not found either)",
					"Problem");
		}
		if (body) {
			problem(responses, "413", "The body is larger than the API accepts", "Problem");
			problem(responses, "415", "The body is not of the documented media type", "Problem");
		}
		if (sends || upload) {
			problem(responses, "422",
					"Refused by the message rules; nothing was stored. Each violation names the rule, its outcome, "
							+ "what to change and the span of the offending text",
					"RefusedProblem");
		}
		ApiResponse tooMany = problem(responses, "429",
				open ? "Too many failed attempts for this email or address" : "Over this token's rate limit",
				"Problem");
		tooMany.addHeaderObject("Retry-After",
				new Header().description("Seconds to wait before trying again").schema(integer()));
		problem(responses, "500", "An unexpected failure; retry (with the same Idempotency-Key for sends)", "Problem");
	}

	private static ApiResponse problem(ApiResponses responses, String status, String description, String schema) {
		ApiResponse existing = responses.get(status);
		if (existing != null && existing.getContent() != null && existing.getContent().containsKey(PROBLEM_JSON)) {
			return existing;
		}
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
		responses.addApiResponse(status, response);
		return response;
	}

	private static boolean hasHeader(Operation operation, String name) {
		List<Parameter> parameters = operation.getParameters();
		return parameters != null && parameters.stream()
			.anyMatch((parameter) -> "header".equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()));
	}

	/** The server refuses SYSTEM_NOTE in requests: only the system writes notes. */
	@SuppressWarnings("unchecked")
	private static void onlyAcceptedActions(OpenAPI openApi) {
		for (String name : Set.of("SendRequest", "CheckRequest")) {
			Schema<?> schema = openApi.getComponents().getSchemas().get(name);
			if (schema == null || schema.getProperties() == null) {
				continue;
			}
			Schema<Object> action = (Schema<Object>) schema.getProperties().get("action");
			if (action != null && action.getEnum() != null) {
				action.setEnum(action.getEnum().stream().filter((value) -> !"SYSTEM_NOTE".equals(value)).toList());
			}
		}
	}

	private static Schema<?> integer() {
		Schema<Integer> schema = new Schema<>();
		schema.setType("integer");
		schema.addType("integer");
		return schema;
	}

}
