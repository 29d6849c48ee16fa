package dev.parley.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of the problem responses, for the OpenAPI description only: the handlers
 * write {@link org.springframework.http.ProblemDetail}s with these members.
 */
final class ProblemSchemas {

	private ProblemSchemas() {
	}

	/**
	 * An RFC 9457 problem.
	 *
	 * @param type {@code urn:parley:problem:<code>}
	 * @param title a short summary
	 * @param status the HTTP status
	 * @param detail what happened and what to do, for people
	 * @param instance the request path
	 * @param code a stable machine-readable code
	 */
	@Schema(name = "Problem", description = "RFC 9457 problem details")
	record Problem(
			@Schema(example = "urn:parley:problem:NOT_FOUND", requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status, @Nullable String detail,
			@Nullable String instance,
			@Schema(example = "NOT_FOUND", requiredMode = Schema.RequiredMode.REQUIRED) String code) {
	}

	/**
	 * A message the rules refused.
	 *
	 * @param type {@code urn:parley:problem:MESSAGE_REFUSED}
	 * @param title a short summary
	 * @param status 422
	 * @param detail what happened
	 * @param instance the request path
	 * @param code {@code MESSAGE_REFUSED}
	 * @param violations every rule hit, in text order
	 */
	@Schema(name = "RefusedProblem", description = "RFC 9457 problem details of a refused message or attachment")
	record RefusedProblem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status, @Nullable String detail,
			@Nullable String instance,
			@Schema(example = "MESSAGE_REFUSED", requiredMode = Schema.RequiredMode.REQUIRED) String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Explanations.ViolationJson> violations) {
	}

	/**
	 * A body that failed validation.
	 *
	 * @param type {@code urn:parley:problem:INVALID_REQUEST}
	 * @param title a short summary
	 * @param status 400
	 * @param detail what happened
	 * @param instance the request path
	 * @param code {@code INVALID_REQUEST} or a more specific code
	 * @param errors the fields that failed, when the body was read
	 */
	@Schema(name = "InvalidRequestProblem", description = "RFC 9457 problem details of a malformed request")
	record InvalidRequestProblem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status, @Nullable String detail,
			@Nullable String instance,
			@Schema(example = "INVALID_REQUEST", requiredMode = Schema.RequiredMode.REQUIRED) String code,
			@Nullable List<FieldError> errors) {
	}

	/**
	 * A field that failed validation.
	 *
	 * @param field the field
	 * @param message why
	 */
	@Schema(name = "FieldError")
	record FieldError(String field, String message) {
	}

}
