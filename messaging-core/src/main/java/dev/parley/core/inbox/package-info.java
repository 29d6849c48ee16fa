/**
 * The inbox: filters, search, counts and keyset paging over a party's threads.
 */
@NullMarked
package dev.parley.core.inbox;

import org.jspecify.annotations.NullMarked;
