/**
 * Seller teams in PostgreSQL: members, who wrote which message, internal notes.
 */
@NullMarked
package dev.parley.persistence.team;

import org.jspecify.annotations.NullMarked;
