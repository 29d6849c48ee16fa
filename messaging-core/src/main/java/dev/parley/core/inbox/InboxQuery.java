package dev.parley.core.inbox;

import java.time.Instant;
import java.util.Objects;

import dev.parley.core.account.AccountId;
import dev.parley.core.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * One page of a party's inbox.
 *
 * @param viewer whose inbox (ignored for admins, who see all threads)
 * @param role the viewer's role
 * @param filter the filter
 * @param search full-text search over subject, bodies, order id and counterpart name, or
 * null
 * @param from only threads with last activity at or after this, or null
 * @param to only threads with last activity before this, or null
 * @param cursor the previous page's {@link InboxPage#nextCursor()}, or null for the first
 * page
 * @param limit page size, 1 to 100
 * @param sort the order of the rows (one the filter offers)
 * @param assignment sellers: only threads assigned to the viewer or to nobody, or null
 * for all
 */
public record InboxQuery(AccountId viewer, Role role, InboxFilter filter, @Nullable String search,
		@Nullable Instant from, @Nullable Instant to, @Nullable String cursor, int limit, InboxSort sort,
		@Nullable InboxAssignment assignment) {

	public static final int DEFAULT_LIMIT = 25;

	public static final int MAX_LIMIT = 100;

	/** The longest search text, in characters after stripping. */
	public static final int MAX_SEARCH = 200;

	public InboxQuery {
		Objects.requireNonNull(viewer, "viewer");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(filter, "filter");
		Objects.requireNonNull(sort, "sort");
		if (!sort.appliesTo(filter)) {
			throw new IllegalArgumentException("the sort " + sort.parameter() + " is not for " + filter.parameter());
		}
		if (!filter.appliesTo(role)) {
			throw new IllegalArgumentException("the filter " + filter.parameter() + " is not for " + role);
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
		}
		if (search != null) {
			search = search.strip();
			if (search.isEmpty()) {
				search = null;
			}
			else if (search.length() > MAX_SEARCH) {
				throw new IllegalArgumentException("search text is limited to " + MAX_SEARCH + " characters");
			}
		}
		if (from != null && to != null && !from.isBefore(to)) {
			throw new IllegalArgumentException("the date range must start before it ends");
		}
		if (assignment != null && role != Role.SELLER) {
			throw new IllegalArgumentException("only sellers' threads are assigned");
		}
	}

	/**
	 * A query without assignment filter.
	 */
	public InboxQuery(AccountId viewer, Role role, InboxFilter filter, @Nullable String search, @Nullable Instant from,
			@Nullable Instant to, @Nullable String cursor, int limit, InboxSort sort) {
		this(viewer, role, filter, search, from, to, cursor, limit, sort, null);
	}

	/**
	 * A query in the filter's default order.
	 */
	public InboxQuery(AccountId viewer, Role role, InboxFilter filter, @Nullable String search, @Nullable Instant from,
			@Nullable Instant to, @Nullable String cursor, int limit) {
		this(viewer, role, filter, search, from, to, cursor, limit, InboxSort.defaultFor(filter), null);
	}

	/**
	 * Whether the query narrows its filter (search, date range or assignment), so that
	 * the filter's count is not the number of results.
	 * @return true with a search, a date range or an assignment filter
	 */
	public boolean narrowed() {
		return this.search != null || this.from != null || this.to != null || this.assignment != null;
	}

}
