package dev.parley.web.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The demo's clock replaces the system clock, so that the seeder can write a history.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

	@Bean
	@Primary
	DemoClock demoClock() {
		return new DemoClock();
	}

}
