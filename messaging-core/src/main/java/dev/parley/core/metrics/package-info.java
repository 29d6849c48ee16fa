/**
 * Seller response-time metrics over the 24-hour clock.
 */
@NullMarked
package dev.parley.core.metrics;

import org.jspecify.annotations.NullMarked;
