/**
 * A seller's listing page as buyers see it, with the pre-sale "Ask a question" form.
 */
@NullMarked
package dev.parley.web.listing;

import org.jspecify.annotations.NullMarked;
