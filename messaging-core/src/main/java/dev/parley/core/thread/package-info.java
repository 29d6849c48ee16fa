/**
 * The thread model: given a thread's state and a draft, it decides everything a send will
 * do, and which actions are available now, in one place.
 */
@NullMarked
package dev.parley.core.thread;

import org.jspecify.annotations.NullMarked;
