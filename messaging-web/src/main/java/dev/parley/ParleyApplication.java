package dev.parley;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Parley: buyer-seller messaging for an online marketplace. Sits in the base package so
 * that scanning reaches the core, persistence and web modules.
 */
@SpringBootApplication
public class ParleyApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParleyApplication.class, args);
	}

}
