package dev.parley.web.api;

import java.util.List;

import dev.parley.core.policy.Violation;

/**
 * Carries a refusal by the rules from a controller to the problem handler (422). The
 * service returned it as a value; only the HTTP mapping turns it into an exception.
 */
class RejectedException extends RuntimeException {

	private final transient List<Violation> violations;

	RejectedException(List<Violation> violations) {
		super("refused by the message rules", null, false, false);
		this.violations = List.copyOf(violations);
	}

	List<Violation> violations() {
		return this.violations;
	}

}
