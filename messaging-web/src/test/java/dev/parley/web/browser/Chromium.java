package dev.parley.web.browser;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium of a test run: Debian's {@code /usr/bin/chromium} driven by
 * Debian's {@code /usr/bin/chromedriver}, both given explicitly so that Selenium Manager
 * never looks for (or downloads) a browser or driver. Started on first use, quit when the
 * test run ends.
 */
final class Chromium implements AutoCloseable {

	/**
	 * Gives tests the shared browser as a {@link ChromeDriver} parameter.
	 */
	static final class Extension implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == ChromeDriver.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return driver(context);
		}

	}

	static final String BROWSER = "/usr/bin/chromium";

	static final String DRIVER = "/usr/bin/chromedriver";

	private final ChromeDriver driver;

	private Chromium() {
		this.driver = start();
	}

	/**
	 * Starts a browser of its own (a second person at another computer); the caller quits
	 * it.
	 * @return a new headless Chromium
	 */
	static ChromeDriver start() {
		System.setProperty("webdriver.chrome.driver", DRIVER);
		System.setProperty("SE_AVOID_STATS", "true");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * The shared browser.
	 * @param context any test's extension context
	 * @return the driver
	 */
	static ChromeDriver driver(ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Chromium.class, (key) -> new Chromium(), Chromium.class).driver;
	}

	static boolean isInstalled() {
		return new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
