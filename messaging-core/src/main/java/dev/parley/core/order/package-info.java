/**
 * Orders as the marketplace's order system reports them: the relationship that lets a
 * seller write to a buyer.
 */
@NullMarked
package dev.parley.core.order;

import org.jspecify.annotations.NullMarked;
