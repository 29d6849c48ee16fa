package dev.parley.web.platform;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Refuses, before anything else reads them, request paths and parameters that no handler
 * could take ({@link InputText}): the API answers a 400 problem, pages the 400 error
 * page. The paths: encoded slashes, backslashes, dots and NULs, and {@code ..} segments.
 * The parameters: every query parameter (but the few a page checks itself, such as the
 * inbox's search), and the form parameters of API requests. Page forms are left to the
 * binder ({@code InputBinding}), which turns the same refusal into an inline field error;
 * JSON bodies to the JSON reader; multipart bodies are not parsed here (that would read
 * whole uploads before the size limits).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputGuardFilter extends OncePerRequestFilter {

	/** No path of ours is nearly this long. */
	static final int MAX_PATH_LENGTH = 2_000;

	/**
	 * Page query parameters that their handler checks itself, answering with the page and
	 * an inline error next to the field (path, space, name).
	 */
	static final Set<String> CHECKED_BY_PAGE = Set.of("/seller/inbox q", "/buyer/inbox q");

	/** Search terms, cursors, dates and filters are all far shorter. */
	static final int MAX_QUERY_PARAMETER_LENGTH = 2_000;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem == null) {
			try {
				chain.doFilter(request, response);
				return;
			}
			catch (ServletException ex) {
				// A multipart body the container cannot parse (a NUL in a file name)
				// fails
				// before any handler, where no exception handler runs.
				if (response.isCommitted() || !causedBy(ex, MultipartException.class)) {
					throw ex;
				}
				response.reset();
				problem = "the multipart body is malformed";
			}
		}
		String path = request.getRequestURI();
		if (path != null && path.startsWith("/api/")) {
			SecurityHeaders.writeBadRequestProblem(response, problem);
			return;
		}
		SecurityHeaders.apply(response);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	static @Nullable String problem(HttpServletRequest request) {
		String raw = request.getRequestURI();
		if (raw != null) {
			String lower = raw.toLowerCase(Locale.ROOT);
			if (lower.contains("%00") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e")
					|| lower.contains("\\") || lower.contains("/../") || lower.endsWith("/..")
					|| lower.contains("/./")) {
				return "the path has encoded slashes, dots, NULs or dot segments";
			}
			if (raw.length() > MAX_PATH_LENGTH) {
				return "the path is longer than " + MAX_PATH_LENGTH + " characters";
			}
			String decoded = decode(raw);
			String pathProblem = (decoded != null) ? InputText.problem(decoded) : "the path is not valid UTF-8";
			if (pathProblem != null) {
				return "the path has " + pathProblem;
			}
		}
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				int separator = pair.indexOf('=');
				if (separator > 0 && CHECKED_BY_PAGE.contains(raw + " " + pair.substring(0, separator))) {
					continue;
				}
				String decoded = decode(pair.replace('+', ' '));
				String valueProblem = (decoded == null) ? "bytes that are not UTF-8"
						: (decoded.length() > MAX_QUERY_PARAMETER_LENGTH)
								? "more than " + MAX_QUERY_PARAMETER_LENGTH + " characters"
								: InputText.problem(decoded);
				if (valueProblem != null) {
					int equals = pair.indexOf('=');
					return "the query parameter '" + parameterName((equals < 0) ? pair : pair.substring(0, equals))
							+ "' has " + valueProblem;
				}
			}
		}
		String contentType = request.getContentType();
		boolean form = contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		if (form && request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					String valueProblem = InputText.problem(value);
					if (valueProblem != null) {
						return "the parameter '" + parameterName(parameter.getKey()) + "' has " + valueProblem;
					}
				}
			}
		}
		return null;
	}

	private static @Nullable String decode(String raw) {
		try {
			byte[] bytes = URLDecoder.decode(raw, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
			java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
			return utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		}
		catch (IllegalArgumentException | java.nio.charset.CharacterCodingException ex) {
			return null;
		}
	}

	private static String parameterName(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "?");
		return (safe.length() > 40) ? safe.substring(0, 40) + "…" : safe;
	}

}
