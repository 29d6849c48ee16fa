package dev.parley.web.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies larger than the API accepts before anything reads them (a message
 * is at most 64 KiB of HTML; JSON escaping and the other fields fit in the limit).
 * Multipart uploads have their own limits.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemWriter problems;

	RequestSizeLimitFilter(long maxBytes, ProblemWriter problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		long length = request.getContentLengthLong();
		if (!multipart && length > this.maxBytes) {
			this.problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", "Request body too large",
					"Request bodies are limited to " + this.maxBytes + " bytes.");
			return;
		}
		if (!multipart && length < 0 && request.getHeader("Transfer-Encoding") != null) {
			request = new LimitedBodyRequest(request, this.maxBytes);
		}
		chain.doFilter(request, response);
	}

}
