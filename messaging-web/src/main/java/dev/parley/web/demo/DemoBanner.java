package dev.parley.web.demo;

import java.io.PrintStream;

import dev.parley.web.demo.DemoAccounts.DemoAccount;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where the demo runs and how to sign in, once the application is ready.
 */
@Component
@Profile("demo")
class DemoBanner {

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? web.getWebServer().getPort() : 8080;
		print(System.out, "http://localhost:" + port);
	}

	static void print(PrintStream out, String url) {
		StringBuilder banner = new StringBuilder();
		banner.append("\n  Parley demo is running at ").append(url).append("\n\n");
		banner.append("  Sign in with any of these (password: ").append(DemoAccounts.PASSWORD).append("):\n");
		for (DemoAccount account : DemoAccounts.ALL) {
			banner.append(String.format("    %-7s %-26s %s%s%n", account.role(), account.email(), account.displayName(),
					account.businessBuyer() ? " (business buyer)" : ""));
		}
		out.println(banner);
	}

}
