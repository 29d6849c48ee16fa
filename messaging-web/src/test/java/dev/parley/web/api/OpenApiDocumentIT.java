package dev.parley.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document: it is what the committed copy says (from which the contract
 * test's client is generated), it is valid, and it is complete enough for generated
 * clients.
 */
class OpenApiDocumentIT extends IntegrationTestSupport {

	static final Path COMMITTED = Path.of("src/test/openapi/parley-api.json");

	static final Path SERVED = Path.of("target/openapi/parley-api.json");

	@Test
	void theServedDocumentIsTheCommittedOne() throws IOException {
		String served = pretty(get(null, "/v3/api-docs").body());
		Files.createDirectories(SERVED.getParent());
		Files.writeString(SERVED, served, StandardCharsets.UTF_8);
		if (Boolean.getBoolean("parley.openapi.refresh")) {
			Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
		assertThat(served)
			.as("The served OpenAPI document differs from the committed one that the contract test's client is "
					+ "generated from. If the change is intended, refresh it: cp messaging-web/" + SERVED
					+ " messaging-web/" + COMMITTED + " (written by this test), or run scripts/refresh-openapi")
			.isEqualTo(committed);
	}

	@Test
	void theDocumentIsValidOpenApi31AndCompleteForGeneratedClients() {
		String document = get(null, "/v3/api-docs").text();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
		assertThat(result.getMessages()).as("parser messages").isEmpty();
		OpenAPI api = result.getOpenAPI();
		assertThat(api.getOpenapi()).startsWith("3.1");

		Set<String> operationIds = new HashSet<>();
		List<String> problems = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String name = method + " " + path;
			check(name, operation, operationIds, problems);
			boolean open = name.equals("POST /api/v1/auth/tokens");
			if (open != operation.getSecurity().isEmpty()) {
				problems.add(name + ": security " + operation.getSecurity());
			}
		}));
		assertThat(problems).isEmpty();
		assertThat(operationIds).hasSizeGreaterThan(30);

		Operation send = api.getPaths().get("/api/v1/orders/{orderId}/messages").getPost();
		assertThat(send.getResponses()).containsKeys("201", "400", "401", "403", "404", "422", "429");
		assertThat(send.getResponses().get("201").getHeaders()).containsKeys("Idempotent-Replayed",
				"RateLimit-Remaining");
		assertThat(send.getResponses().get("429").getHeaders()).containsKey("Retry-After");
		assertThat(send.getParameters()).extracting(Parameter::getName).contains("Idempotency-Key");
		assertThat(send.getResponses().get("422").getContent().get("application/problem+json").getSchema().get$ref())
			.endsWith("/RefusedProblem");
		Schema<?> refused = api.getComponents().getSchemas().get("RefusedProblem");
		assertThat(refused.getProperties()).containsKeys("type", "title", "status", "detail", "code", "violations");
		Schema<?> violation = api.getComponents().getSchemas().get("Violation");
		assertThat(violation.getProperties()).containsKeys("rule", "outcome", "message", "start", "end", "excerpt");

		Schema<?> action = (Schema<?>) api.getComponents()
			.getSchemas()
			.get("SendRequest")
			.getProperties()
			.get("action");
		assertThat(List.copyOf(action.getEnum())).map(String::valueOf)
			.contains("REPLY", "WARRANTY")
			.doesNotContain("SYSTEM_NOTE");

		Operation upload = api.getPaths().get("/api/v1/attachments").getPost();
		Schema<?> form = upload.getRequestBody().getContent().get("multipart/form-data").getSchema();
		Schema<?> file = (Schema<?>) form.getProperties().get("file");
		assertThat(file.getFormat()).isEqualTo("binary");
		assertThat(form.getRequired()).contains("file");
		assertThat(upload.getResponses()).containsKeys("201", "422");

		for (String created : List.of("/api/v1/auth/tokens", "/api/v1/threads/{threadId}/messages",
				"/api/v1/listings/{sellerId}/questions", "/api/v1/orders/{orderId}/review-request",
				"/api/v1/admin/flags/{flagId}/decision", "/api/v1/admin/orders", "/api/v1/webhooks")) {
			assertThat(api.getPaths().get(created).getPost().getResponses()).as(created).containsKey("201");
		}
	}

	private static void check(String name, Operation operation, Set<String> operationIds, List<String> problems) {
		if (operation.getOperationId() == null || operation.getOperationId().matches(".*_\\d+")
				|| !operationIds.add(operation.getOperationId())) {
			problems.add(name + ": operationId " + operation.getOperationId());
		}
		if (operation.getSummary() == null || operation.getDescription() == null) {
			problems.add(name + ": summary or description missing");
		}
		if (operation.getParameters() != null) {
			operation.getParameters()
				.stream()
				.filter((parameter) -> parameter.getName().equalsIgnoreCase("caller"))
				.forEach((parameter) -> problems.add(name + ": parameter caller"));
		}
		for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
			int status = Integer.parseInt(response.getKey());
			if (status >= 400 && (response.getValue().getContent() == null
					|| !response.getValue().getContent().containsKey("application/problem+json"))) {
				problems.add(name + ": " + status + " without a problem schema");
			}
			if (response.getValue().getContent() != null && response.getValue().getContent().containsKey("*/*")) {
				problems.add(name + ": " + status + " as */*");
			}
		}
		if (!operation.getResponses().containsKey("500")) {
			problems.add(name + ": no 500");
		}
	}

	private String pretty(JsonNode document) {
		return this.json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(document)
				+ "\n";
	}

}
