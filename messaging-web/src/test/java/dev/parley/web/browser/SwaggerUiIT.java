package dev.parley.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI under the pages' Content-Security-Policy: it loads the document, renders
 * every operation, and nothing is refused or fails (CSP violations, script errors,
 * console errors are collected from before the first script runs).
 */
class SwaggerUiIT extends BrowserTestSupport {

	private static final String COLLECT = """
			window.__problems = [];
			document.addEventListener('securitypolicyviolation', (e) =>
			    window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
			window.addEventListener('error', (e) => window.__problems.push('error ' + (e.message || e.target)), true);
			window.addEventListener('unhandledrejection', (e) => window.__problems.push('rejection ' + e.reason));
			const consoleError = console.error;
			console.error = function () {
			    window.__problems.push('console ' + Array.from(arguments).join(' '));
			    return consoleError.apply(console, arguments);
			};
			""";

	@Test
	@SuppressWarnings("unchecked")
	void swaggerUiRendersTheDocumentWithoutConsoleErrorsUnderTheCsp() {
		Map<String, Object> script = this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", COLLECT));
		try {
			open("/swagger-ui.html");
			new WebDriverWait(this.browser, Duration.ofSeconds(60))
				.until((driver) -> driver.findElements(By.cssSelector(".opblock")).size() > 30);
			screenshot("swagger-ui");
			assertThat(this.browser.findElement(By.cssSelector(".info .title")).getText()).contains("Parley API");
			assertThat(this.browser.findElements(By.cssSelector(".opblock-summary-operation-id, .opblock")))
				.isNotEmpty();
			List<Object> problems = (List<Object>) this.browser.executeScript("return window.__problems;");
			assertThat(problems).as("console errors and CSP violations").isEmpty();
		}
		finally {
			this.browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
					Map.of("identifier", script.get("identifier")));
		}
	}

}
