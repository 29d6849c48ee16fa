package dev.parley.web.platform;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of responses written outside Spring Security's filter chain
 * (refused paths and parameters, the servlet container's own error pages): nothing in
 * them is script, so the policy allows nothing.
 */
public final class SecurityHeaders {

	private SecurityHeaders() {
	}

	/**
	 * Sets the headers.
	 * @param response the response, not yet committed
	 */
	public static void apply(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Cache-Control", "no-store");
	}

	/**
	 * A 400 problem for the API (RFC 9457), with the headers.
	 * @param response the response, not yet committed
	 * @param detail what was wrong
	 * @throws java.io.IOException when writing fails
	 */
	public static void writeBadRequestProblem(HttpServletResponse response, String detail) throws java.io.IOException {
		apply(response);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"urn:parley:problem:INVALID_INPUT\",\"title\":\"Bad Request\",\"status\":400,"
					+ "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"code\":\"INVALID_INPUT\"}");
	}

}
