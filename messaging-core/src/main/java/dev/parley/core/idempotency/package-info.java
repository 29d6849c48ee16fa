/**
 * Idempotency keys: a repeated message-creating request gets the first request's result.
 */
@NullMarked
package dev.parley.core.idempotency;

import org.jspecify.annotations.NullMarked;
