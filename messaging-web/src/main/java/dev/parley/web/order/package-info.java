/**
 * Orders for their parties, the admin order feed, and which messaging actions are
 * available on an order right now.
 */
@NullMarked
package dev.parley.web.order;

import org.jspecify.annotations.NullMarked;
