/**
 * Connecting to PostgreSQL: defaults, creating the database on a developer's server,
 * failing fast with a clear message when no server answers, and the runtime role.
 */
@NullMarked
package dev.parley.persistence.database;

import org.jspecify.annotations.NullMarked;
