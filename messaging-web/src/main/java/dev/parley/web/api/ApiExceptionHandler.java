package dev.parley.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.ForbiddenException;
import dev.parley.web.platform.NotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps failures of API requests to RFC 9457 problems: 400 for malformed input, 404 for
 * objects that do not exist or are not the caller's, 422 with {@code violations} for
 * messages the rules refuse, 413 for oversized bodies, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	private final Explanations explanations;

	ApiExceptionHandler(Explanations explanations) {
		this.explanations = explanations;
	}

	@ExceptionHandler(RejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RejectedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = Problems
			.of(HttpStatus.UNPROCESSABLE_CONTENT, "MESSAGE_REFUSED", "Message refused", "The message breaks "
					+ ex.violations().size()
					+ " rule(s) and was not sent; nothing was stored. Change what each violation names and send again.");
		problem.setProperty("violations", this.explanations.violations(ex.violations(), locale));
		return respond(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", ex.getMessage() + "."));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noEndpoint(NoResourceFoundException ex) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", "No such endpoint."));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex) {
		return respond(Problems.of(HttpStatus.BAD_REQUEST, ex.code(), "Bad request", ex.getMessage()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Invalid request",
				"Some fields are missing or invalid.");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "invalid"))
			.toList();
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			MissingRequestHeaderException.class, IllegalArgumentException.class })
	ResponseEntity<ProblemDetail> malformed(Exception ex) {
		String detail = (ex instanceof IllegalArgumentException) ? ex.getMessage()
				: (ex instanceof MethodArgumentTypeMismatchException mismatch)
						? "'" + mismatch.getName() + "' has an invalid value"
						: (ex instanceof MissingServletRequestParameterException missing)
								? "the parameter '" + missing.getParameterName() + "' is required"
								: (ex instanceof MissingServletRequestPartException part)
										? "the multipart field '" + part.getRequestPartName() + "' is required"
										: "The request body is not valid JSON of the expected shape.";
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Invalid request", detail));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "ATTACHMENT_SIZE", "File too large",
				"Attachments are limited to 10 MB each."));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> brokenMultipart(MultipartException ex) {
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Invalid request",
				"Send the file as multipart/form-data in the field 'file'."));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return respond(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
				"Unsupported media type", "Send application/json (or multipart/form-data for attachments)."));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return respond(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Method not allowed",
				"This endpoint does not support " + ex.getMethod() + "."));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> missingPermission(ForbiddenException ex) {
		return respond(Problems.of(HttpStatus.FORBIDDEN, "MISSING_PERMISSION", "Not allowed",
				"Your permissions in this seller team do not include " + ex.permission() + "."));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return respond(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "Not allowed", "Your role may not do this."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return respond(Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Not authenticated", "Sign in first."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected failure of an API request", ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error",
				"Something went wrong on our side. Try again later; with the same Idempotency-Key a retry never sends twice."));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
