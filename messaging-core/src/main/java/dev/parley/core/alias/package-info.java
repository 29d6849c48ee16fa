/**
 * Relay aliases: the random addresses behind which the parties' real email addresses stay
 * private.
 */
@NullMarked
package dev.parley.core.alias;

import org.jspecify.annotations.NullMarked;
