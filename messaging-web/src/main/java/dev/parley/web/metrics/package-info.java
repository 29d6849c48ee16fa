/**
 * Seller response-time metrics.
 */
@NullMarked
package dev.parley.web.metrics;

import org.jspecify.annotations.NullMarked;
