package dev.parley.core.policy;

import java.util.List;

/**
 * The overall decision about a draft: the strongest outcome among its violations
 * ({@code REDACT} alone delivers, so it is {@link #ALLOW} with a redacted body).
 */
public enum Verdict {

	ALLOW, BLOCK, FLAG;

	/**
	 * The verdict of a list of violations: BLOCK if any blocks, else FLAG if any flags,
	 * else ALLOW.
	 * @param violations the violations
	 * @return the verdict
	 */
	public static Verdict of(List<Violation> violations) {
		boolean flag = false;
		for (Violation violation : violations) {
			if (violation.outcome() == Outcome.BLOCK) {
				return BLOCK;
			}
			flag |= violation.outcome() == Outcome.FLAG;
		}
		return flag ? FLAG : ALLOW;
	}

}
