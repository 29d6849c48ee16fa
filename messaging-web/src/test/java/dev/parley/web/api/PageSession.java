package dev.parley.web.api;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript over real HTTP: cookies, CSRF tokens taken from the forms,
 * no redirects followed.
 */
final class PageSession {

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Function<String, URI> uri;

	private PageSession(Function<String, URI> uri) {
		this.uri = uri;
	}

	/**
	 * A signed-in session.
	 * @param uri resolves a path on the test server
	 * @param email the login
	 * @param password its password
	 * @return the session
	 */
	static PageSession signedIn(Function<String, URI> uri, String email, String password) {
		PageSession session = new PageSession(uri);
		Answer login = session.post("/login", session.page("/login"), Map.of("email", email, "password", password));
		assertThat(login.location()).as("login of " + email).doesNotContain("/login");
		return session;
	}

	Answer get(String path) {
		return exchange(HttpRequest.newBuilder(this.uri.apply(path)).GET().build());
	}

	Document page(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
		return Jsoup.parse(answer.body(), this.uri.apply(path).toString());
	}

	Answer post(String path, Document from, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", from.select("input[name=_csrf]").first().attr("value"));
		return postRaw(path, form);
	}

	Answer postRaw(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return exchange(HttpRequest.newBuilder(this.uri.apply(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Answer exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status the status
	 * @param body the body
	 * @param location the Location header, or empty
	 */
	record Answer(int status, String body, String location) {
	}

}
