/**
 * Sellers' templates in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.template;

import org.jspecify.annotations.NullMarked;
