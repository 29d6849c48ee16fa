/**
 * Sellers' message templates: the pages to keep them, and filling their placeholders for
 * a buyer and an order.
 */
@NullMarked
package dev.parley.web.template;

import org.jspecify.annotations.NullMarked;
