package dev.parley.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.core.account.Accounts;
import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login behind a TLS proxy over real HTTP: the proxy (this machine, trusted) names the
 * client's address in {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginDefenceIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void fiftyWrongPasswordsFromOneAddressLeaveTheOwnerSigningInFromAnotherWithNoDelay() throws Exception {
		String email = register("defence-owner");
		Browser attacker = new Browser("203.0.113.7");
		int throttled = 0;
		for (int i = 0; i < 50; i++) {
			String location = attacker.login(email, "guess " + i).headers().firstValue("Location").orElse("");
			if (location.contains("throttled=")) {
				throttled++;
			}
		}
		// After five free failures each further one doubles the wait; the attempts
		// refused
		// while waiting record nothing.
		assertThat(throttled).isGreaterThanOrEqualTo(35);

		Browser owner = new Browser("198.51.100.9");
		long start = System.nanoTime();
		HttpResponse<String> signedIn = owner.login(email, "correct horse");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("Login throttling: 50 wrong passwords from 203.0.113.7 (" + throttled
				+ " refused with a wait); the owner from 198.51.100.9 signed in in " + millis + " ms");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/seller/inbox");
		assertThat(attacker.login(email, "correct horse").headers().firstValue("Location").orElse(""))
			.contains("throttled=");
	}

	@Test
	void unknownAndKnownAccountsCostTheSameWork() throws Exception {
		String email = register("defence-timing");
		HttpClient client = HttpClient.newHttpClient();
		double best = Double.MAX_VALUE;
		long[] medians = null;
		for (int round = 0; round < 3 && best > 0.10; round++) {
			List<Long> known = new ArrayList<>();
			List<Long> unknown = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				// Interleaved, so that the machine's noise falls on both alike; a fresh
				// address each time keeps the throttle out of the measurement.
				known.add(timeTokenRequest(client, email, "198.51.100." + (i + 1) + "." + round));
				unknown.add(timeTokenRequest(client, "nobody-" + round + "-" + i + "@example.test",
						"203.0.113." + (i + 1) + "." + round));
			}
			long knownMedian = median(known);
			long unknownMedian = median(unknown);
			double difference = Math.abs(knownMedian - unknownMedian) / (double) Math.max(knownMedian, unknownMedian);
			if (difference < best) {
				best = difference;
				medians = new long[] { knownMedian, unknownMedian };
			}
		}
		System.out.printf(
				"Login timing (median of 50, POST /api/v1/auth/tokens): known account %.1f ms, "
						+ "unknown account %.1f ms, difference %.1f %%%n",
				medians[0] / 1e6, medians[1] / 1e6, best * 100);
		assertThat(best).isLessThan(0.10);
	}

	@Test
	void aForgedHostHeaderNeverReachesARedirect() throws Exception {
		String response = raw("GET /seller/inbox HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 302");
		assertThat(response).doesNotContain("evil.example");
		assertThat(response).containsPattern("(?i)Location: /login");
	}

	@Test
	void behindTheTlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		String secure = raw("GET /login HTTP/1.1\r\nHost: parley.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 198.51.100.20\r\nConnection: close\r\n\r\n");
		assertThat(secure).containsPattern("(?i)Strict-Transport-Security: max-age=");
		assertThat(secure).containsPattern("(?i)Set-Cookie: PARLEY_SESSION=[^\\r]*; Secure");
		String plain = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(plain).doesNotContainPattern("(?i)Strict-Transport-Security");
	}

	private long timeTokenRequest(HttpClient client, String email, String address) throws Exception {
		String forwarded = address.substring(0, address.lastIndexOf('.'));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/auth/tokens"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwarded)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"password\":\"not the password\"}"))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		return elapsed;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private String register(String name) {
		String email = name + "-" + System.nanoTime() + "@example.test";
		this.accounts.register(new Accounts.Registration(email, "Defence Seller",
				this.passwordEncoder.encode("correct horse"), Role.SELLER, Language.EN, false));
		return email;
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A browser at one client address, behind the proxy. */
	final class Browser {

		private final String address;

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Browser(String address) {
			this.address = address;
		}

		HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
			HttpResponse<String> page = this.client.send(request("/login").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as(page.body()).isTrue();
			String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			return this.client.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + LoginDefenceIT.this.port + path))
				.header("X-Forwarded-For", this.address);
		}

		private String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
