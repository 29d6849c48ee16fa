package dev.parley.core.policy;

/**
 * The overall decision about a draft: the strongest outcome among its violations
 * ({@code REDACT} alone delivers, so it is {@link #ALLOW} with a redacted body).
 */
public enum Verdict {

	ALLOW, BLOCK, FLAG

}
