/**
 * The email relay's domain: the transactional outbox and its retry policy, the
 * Message-IDs that thread relayed emails, and reading replies (quoted history and
 * signatures stripped, reply subjects understood).
 */
@NullMarked
package dev.parley.core.relay;

import org.jspecify.annotations.NullMarked;
