/**
 * Relay alias pairs in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.alias;

import org.jspecify.annotations.NullMarked;
