/**
 * Messaging settings of buyers and sellers.
 */
@NullMarked
package dev.parley.web.settings;

import org.jspecify.annotations.NullMarked;
