package dev.parley.web.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form login over real HTTP against the running application and a real database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeAll
	void registerAccounts() {
		String hash = this.passwordEncoder.encode("correct horse");
		this.accounts.register(new Accounts.Registration("login-seller@example.test", "Login Seller", hash, Role.SELLER,
				Language.EN, false));
		this.accounts.register(new Accounts.Registration("login-buyer@example.test", "Login Buyer", hash, Role.BUYER,
				Language.ES, false));
		this.accounts.register(new Accounts.Registration("login-admin@example.test", "Login Admin", hash, Role.ADMIN,
				Language.EN, false));
	}

	@ParameterizedTest
	@CsvSource({ "login-seller@example.test, /seller/inbox", "login-buyer@example.test, /buyer/orders",
			"login-admin@example.test, /admin/flags" })
	void eachRoleLandsOnItsHomePage(String email, String home) throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> afterLogin = browser.login(email, "correct horse");

		assertThat(afterLogin.statusCode()).isEqualTo(302);
		assertThat(afterLogin.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith(home));
		HttpResponse<String> page = browser.get(home);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1");
	}

	@Test
	void theAccountLanguageChoosesTheUiLanguage() throws Exception {
		Browser browser = new Browser();
		browser.login("login-buyer@example.test", "correct horse");

		assertThat(browser.get("/buyer/orders").body()).contains("lang=\"es\"", "Tus pedidos");
	}

	@Test
	void aWrongPasswordShowsAnErrorNotAStackTrace() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> afterLogin = browser.login("login-seller@example.test", "wrong");

		assertThat(afterLogin.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		HttpResponse<String> page = browser.get("/login?error");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Wrong email or password.").doesNotContain("Exception", "at dev.parley");
	}

	@Test
	void anotherRolesPagesAreForbidden() throws Exception {
		Browser browser = new Browser();
		browser.login("login-buyer@example.test", "correct horse");

		assertThat(browser.get("/seller/inbox").statusCode()).isEqualTo(403);
		assertThat(browser.get("/admin/flags").statusCode()).isEqualTo(403);
	}

	@Test
	void loginWithoutTheCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> response = new Browser().post("/login",
				"email=login-seller%40example.test&password=correct+horse");

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		Browser browser = new Browser();
		browser.get("/login");
		String before = browser.sessionId();
		browser.login("login-seller@example.test", "correct horse");

		assertThat(before).isNotNull();
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		HttpResponse<String> response = new Browser().get("/seller/inbox");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void healthIsUpAndPublic() throws Exception {
		HttpResponse<String> response = new Browser().get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		HttpResponse<String> response = new Browser().get("/login");

		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
	}

	/**
	 * A cookie-keeping HTTP client that does not follow redirects, like a careful
	 * browser.
	 */
	class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
			Matcher csrf = CSRF.matcher(get("/login").body());
			assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
			return post("/login",
					"email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1)));
		}

		String sessionId() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("PARLEY_SESSION"))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + LoginIT.this.port + path);
		}

		private String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
