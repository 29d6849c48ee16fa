/**
 * Trust and safety: flags raised by rules, reports and the system; admin decisions;
 * platform notices to sellers.
 */
@NullMarked
package dev.parley.core.moderation;

import org.jspecify.annotations.NullMarked;
