/**
 * The tamper-evident record: each thread's messages form a SHA-256 hash chain over their
 * canonical form, and a verifier names the first broken link.
 */
@NullMarked
package dev.parley.core.chain;

import org.jspecify.annotations.NullMarked;
