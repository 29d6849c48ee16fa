/**
 * API token hashes in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.token;

import org.jspecify.annotations.NullMarked;
