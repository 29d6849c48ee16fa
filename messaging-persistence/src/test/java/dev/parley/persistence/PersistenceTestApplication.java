package dev.parley.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boot configuration for the persistence slice tests: scans the persistence adapters
 * only.
 */
@SpringBootApplication
public class PersistenceTestApplication {

}
