/**
 * Orders and line items in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.order;

import org.jspecify.annotations.NullMarked;
