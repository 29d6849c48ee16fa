/**
 * The email relay's outbox: emails written in the same transaction as the message they
 * carry.
 */
@NullMarked
package dev.parley.core.relay;

import org.jspecify.annotations.NullMarked;
