/**
 * Idempotency keys in PostgreSQL, claimed with the request's transaction.
 */
@NullMarked
package dev.parley.persistence.idempotency;

import org.jspecify.annotations.NullMarked;
