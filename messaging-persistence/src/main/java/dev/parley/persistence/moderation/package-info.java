/**
 * Flags, admin decisions and platform notices in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.moderation;

import org.jspecify.annotations.NullMarked;
