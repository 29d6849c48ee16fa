/**
 * Inbox pages, search and counts over the per-participant summary rows.
 */
@NullMarked
package dev.parley.persistence.inbox;

import org.jspecify.annotations.NullMarked;
