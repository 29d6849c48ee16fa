/**
 * The evidence bundle of a thread: its format, shared by the exporter, and the offline
 * verifier that proves a bundle against the record's hash chain and signed checkpoint.
 */
@NullMarked
package dev.parley.core.evidence;

import org.jspecify.annotations.NullMarked;
