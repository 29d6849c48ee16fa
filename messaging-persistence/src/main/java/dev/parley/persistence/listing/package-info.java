/**
 * Listings in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.listing;

import org.jspecify.annotations.NullMarked;
