/**
 * Threads between one buyer and one seller, the immutable messages in them, and what each
 * message is for.
 */
@NullMarked
package dev.parley.core.conversation;

import org.jspecify.annotations.NullMarked;
