/**
 * The email relay's transactional outbox in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.relay;

import org.jspecify.annotations.NullMarked;
