package dev.parley.web.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the versioned URL ({@code /css/parley-<md5>.css}) of the application's own
 * static files into pages, and leaves every other URL alone.
 * <p>
 * Spring's {@link ResourceUrlEncodingFilter}, which Spring Boot registers whenever the
 * resource chain is on (as it is with {@code webjars-locator-lite} on the class path),
 * asks the resource chain about <em>every</em> URL a page writes: each thread and filter
 * link of an inbox page went through the {@code /**} handler's resolvers to the
 * executable jar, and cost more than the rest of the page. Here only URLs under the
 * static prefixes are resolved, and each once per running application (the files are in
 * the jar and do not change while it runs). Being a {@code ResourceUrlEncodingFilter},
 * this replaces Spring Boot's.
 */
public class StaticResourceUrls extends ResourceUrlEncodingFilter {

	private static final int MAX_CACHED = 1_000;

	private final List<String> prefixes;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	private final Function<String, @Nullable String> lookup;

	/**
	 * @param lookup the resource chain's URL for a path
	 * ({@link ResourceUrlProvider#getForLookupPath}), null when there is no such file
	 * @param prefixes the paths of the static files ({@code /css/}, {@code /js/}),
	 * without the context path
	 */
	public StaticResourceUrls(Function<String, @Nullable String> lookup, List<String> prefixes) {
		this.lookup = lookup;
		this.prefixes = List.copyOf(prefixes);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new Response(http, httpResponse));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * The URL to write for a static file, or null when the URL is not one.
	 * @param contextPath the request's context path
	 * @param url the URL a page writes
	 * @return the versioned URL, or null
	 */
	@Nullable String versioned(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return null;
		}
		String path = url.substring(contextPath.length());
		if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0 || !isStatic(path)) {
			return null;
		}
		String cached = this.resolved.get(path);
		if (cached != null) {
			return contextPath + cached;
		}
		String found = this.lookup.apply(path);
		if (found == null) {
			return null;
		}
		if (this.resolved.size() < MAX_CACHED) {
			this.resolved.put(path, found);
		}
		return contextPath + found;
	}

	private boolean isStatic(String path) {
		for (String prefix : this.prefixes) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private final class Response extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		Response(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			String versioned = versioned(this.request.getContextPath(), url);
			return super.encodeURL((versioned != null) ? versioned : url);
		}

	}

}
