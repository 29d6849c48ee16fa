package dev.parley.core.policy;

/**
 * One rule: a stable id, and a check that reports every hit with its span. Rules are
 * small, stateless and thread-safe; the engine applies the configured outcome.
 */
interface Rule {

	RuleId id();

	void check(Inspection inspection, Findings findings);

}
