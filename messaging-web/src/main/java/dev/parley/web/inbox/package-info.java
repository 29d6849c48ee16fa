/**
 * Inboxes of sellers, buyers and admins: filters, search, date range, counts, cursor
 * paging.
 */
@NullMarked
package dev.parley.web.inbox;

import org.jspecify.annotations.NullMarked;
