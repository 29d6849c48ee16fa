/**
 * The verifiable record: signed checkpoints of every thread's head, kept outside the
 * database, and the verification of a thread against the latest one.
 */
@NullMarked
package dev.parley.web.record;

import org.jspecify.annotations.NullMarked;
