/**
 * PostgreSQL adapters for the ports of {@code messaging-core}.
 */
@NullMarked
package dev.parley.persistence;

import org.jspecify.annotations.NullMarked;
