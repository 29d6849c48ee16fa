package dev.parley.web.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with Parley's problem types.
 */
final class Problems {

	private Problems() {
	}

	static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:parley:problem:" + code));
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

}
