/**
 * The signed checkpoints of the permanent record, and the thread heads they cover.
 */
@NullMarked
package dev.parley.persistence.record;

import org.jspecify.annotations.NullMarked;
