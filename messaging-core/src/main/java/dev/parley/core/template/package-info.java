/**
 * Sellers' saved messages with placeholders. Not part of the record: they can be edited
 * and deleted.
 */
@NullMarked
package dev.parley.core.template;

import org.jspecify.annotations.NullMarked;
