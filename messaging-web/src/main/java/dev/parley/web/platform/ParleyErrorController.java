package dev.parley.web.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last resort for errors no controller handled (unknown paths, oversized uploads,
 * failures in filters): API paths get an RFC 9457 problem like every other API error,
 * pages get the error page. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ParleyErrorController extends BasicErrorController {

	ParleyErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
			List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, webProperties.getError(), errorViewResolvers);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(uri instanceof String path) || !path.startsWith("/api/")) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		String code = code(status, path);
		problem.put("type", "urn:parley:problem:" + code);
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status, code));
		problem.put("instance", path);
		problem.put("code", code);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String code(HttpStatus status, String path) {
		return switch (status) {
			case NOT_FOUND -> "NOT_FOUND";
			case CONTENT_TOO_LARGE -> path.startsWith("/api/v1/attachments") ? "ATTACHMENT_SIZE" : "BODY_TOO_LARGE";
			case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
			case BAD_REQUEST -> "INVALID_REQUEST";
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "ERROR";
		};
	}

	private static String detail(HttpStatus status, String code) {
		return switch (code) {
			case "NOT_FOUND" -> "No such endpoint or object.";
			case "ATTACHMENT_SIZE" -> "Attachments are limited to 10 MB each.";
			case "BODY_TOO_LARGE" -> "The request body is too large.";
			case "INTERNAL_ERROR" -> "Something went wrong on our side. Try again later.";
			default -> status.getReasonPhrase() + ".";
		};
	}

}
