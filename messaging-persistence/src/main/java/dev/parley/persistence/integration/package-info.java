/**
 * The changes feed (trigger-fed log, sequencer, feed) and webhook endpoints with their
 * delivery queues, in PostgreSQL.
 */
@NullMarked
package dev.parley.persistence.integration;

import org.jspecify.annotations.NullMarked;
