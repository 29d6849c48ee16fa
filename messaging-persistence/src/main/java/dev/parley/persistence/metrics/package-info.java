/**
 * Seller response-time metrics from the response records.
 */
@NullMarked
package dev.parley.persistence.metrics;

import org.jspecify.annotations.NullMarked;
