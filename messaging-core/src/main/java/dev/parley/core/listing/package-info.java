/**
 * Listings: the marketplace's products as its catalogue feeds them, which pre-sale
 * questions are about.
 */
@NullMarked
package dev.parley.core.listing;

import org.jspecify.annotations.NullMarked;
