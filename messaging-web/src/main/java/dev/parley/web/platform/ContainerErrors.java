package dev.parley.web.platform;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors answered before any controller runs: requests the servlet container refuses
 * while parsing (invalid URIs, oversized headers) and requests Spring Security's firewall
 * refuses (encoded slashes, NULs, dot segments). Both get the security headers; API paths
 * get an RFC 9457 problem like every other API error, pages a plain error page. Never the
 * container's default page with its version and stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> secureErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
				host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> {
			if (isApi(request)) {
				SecurityHeaders.writeBadRequestProblem(response, "The request path or its parameters are malformed.");
			}
			else {
				SecurityHeaders.apply(response);
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		};
	}

	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri != null && uri.startsWith("/api/");
	}

	/** The container's error report, with the security headers and no details. */
	public static class SecureErrorReportValve extends ErrorReportValve {

		public SecureErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
				return;
			}
			try {
				SecurityHeaders.apply(response);
				String uri = request.getRequestURI();
				boolean api = uri != null && uri.startsWith("/api/");
				response.setCharacterEncoding("UTF-8");
				response.setContentType(api ? "application/problem+json" : "text/html");
				try (Writer out = response.getReporter()) {
					if (out == null) {
						return;
					}
					if (api) {
						out.write("{\"type\":\"urn:parley:problem:INVALID_REQUEST\",\"title\":\"Error\",\"status\":"
								+ status + ",\"detail\":\"The request could not be read.\",\"code\":\""
								+ ((status < 500) ? "INVALID_REQUEST" : "INTERNAL_ERROR") + "\"}");
					}
					else {
						out.write("<!DOCTYPE html><html lang=\"en\"><head><title>Error " + status
								+ "</title></head><body><h1>Error " + status
								+ "</h1><p>The request could not be read.</p></body></html>");
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				// Nothing more can be said on this connection.
			}
		}

	}

}
