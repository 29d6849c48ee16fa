package dev.parley.web.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.parley.core.account.Role;
import dev.parley.core.inbox.Inbox;
import dev.parley.core.inbox.InboxAssignment;
import dev.parley.core.inbox.InboxCounts;
import dev.parley.core.inbox.InboxFilter;
import dev.parley.core.inbox.InboxPage;
import dev.parley.core.inbox.InboxQuery;
import dev.parley.core.inbox.InboxSort;
import dev.parley.web.platform.BadRequestException;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.InputText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caller's inbox page from request parameters, for the pages and the API alike.
 */
@Service
public class InboxService {

	/** The code of a date range that ends before it starts. */
	public static final String RANGE_REVERSED = "DATE_RANGE_REVERSED";

	/** The code of a date that is not one. */
	public static final String DATE_INVALID = "DATE_INVALID";

	/** A search text no inbox searches for: control characters, or too long. */
	public static final String SEARCH_INVALID = "SEARCH_INVALID";

	private final Inbox inbox;

	InboxService(Inbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * One page.
	 * @param caller whose inbox
	 * @param filter filter parameter ({@code needs-response}…), null for all
	 * @param search full-text search, or null
	 * @param from start of the date range: a date ({@code 2026-05-01}) or an instant
	 * @param to end of the date range (a date includes that whole day)
	 * @param cursor the previous page's next cursor
	 * @param limit page size
	 * @return the page
	 * @throws BadRequestException for unknown filters, bad dates or forged cursors
	 */
	@Transactional(readOnly = true)
	public InboxPage page(Caller caller, @Nullable String filter, @Nullable String search, @Nullable String from,
			@Nullable String to, @Nullable String cursor, int limit) {
		return page(caller, filter, search, from, to, cursor, limit, ZoneOffset.UTC);
	}

	/**
	 * One page, with dates of the range read in a time zone (the pages: the viewer's).
	 * @param caller whose inbox
	 * @param filter filter parameter, null for all
	 * @param search full-text search, or null
	 * @param from start of the date range: a date or an instant
	 * @param to end of the date range (a date includes that whole day)
	 * @param cursor the previous page's next cursor
	 * @param limit page size
	 * @param zone where the dates' days begin and end
	 * @return the page
	 * @throws BadRequestException for unknown filters, bad dates or forged cursors
	 */
	@Transactional(readOnly = true)
	public InboxPage page(Caller caller, @Nullable String filter, @Nullable String search, @Nullable String from,
			@Nullable String to, @Nullable String cursor, int limit, ZoneId zone) {
		return page(caller, filter, null, search, from, to, cursor, limit, zone);
	}

	/**
	 * One page in a chosen order, with dates of the range read in a time zone.
	 * @param caller whose inbox
	 * @param filter filter parameter, null for all
	 * @param sort sort parameter ({@code due-soonest}, {@code newest}, {@code oldest}),
	 * null for the filter's default
	 * @param search full-text search, or null
	 * @param from start of the date range: a date or an instant
	 * @param to end of the date range (a date includes that whole day)
	 * @param cursor the previous page's next cursor (of the same filter and order)
	 * @param limit page size
	 * @param zone where the dates' days begin and end
	 * @return the page
	 * @throws BadRequestException for unknown filters or sorts, bad dates or forged
	 * cursors
	 */
	@Transactional(readOnly = true)
	public InboxPage page(Caller caller, @Nullable String filter, @Nullable String sort, @Nullable String search,
			@Nullable String from, @Nullable String to, @Nullable String cursor, int limit, ZoneId zone) {
		return page(caller, filter, sort, search, from, to, cursor, limit, zone, null);
	}

	/**
	 * One page in a chosen order, of the threads assigned to the caller or to nobody.
	 * @param caller whose inbox
	 * @param filter filter parameter, null for all
	 * @param sort sort parameter, null for the filter's default
	 * @param search full-text search, or null
	 * @param from start of the date range: a date or an instant
	 * @param to end of the date range (a date includes that whole day)
	 * @param cursor the previous page's next cursor (of the same filter, order and
	 * assignment filter)
	 * @param limit page size
	 * @param zone where the dates' days begin and end
	 * @param assigned sellers: {@code me} (assigned to the caller: the member, or the
	 * owner), {@code none} (unassigned), or null or {@code all} for every thread
	 * @return the page
	 * @throws BadRequestException for unknown filters, sorts or assignment filters, bad
	 * dates or forged cursors
	 */
	@Transactional(readOnly = true)
	public InboxPage page(Caller caller, @Nullable String filter, @Nullable String sort, @Nullable String search,
			@Nullable String from, @Nullable String to, @Nullable String cursor, int limit, ZoneId zone,
			@Nullable String assigned) {
		InboxQuery query = query(caller, filter, sort, search, from, to, cursor, limit, zone);
		InboxAssignment assignment = assignment(caller, assigned);
		if (assignment != null) {
			query = new InboxQuery(query.viewer(), query.role(), query.filter(), query.search(), query.from(),
					query.to(), query.cursor(), query.limit(), query.sort(), assignment);
		}
		try {
			return this.inbox.page(query);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("CURSOR_INVALID", "the cursor is not one this inbox handed out");
		}
	}

	@Transactional(readOnly = true)
	public InboxCounts counts(Caller caller) {
		return this.inbox
			.counts(query(caller, null, null, null, null, null, null, InboxQuery.DEFAULT_LIMIT, ZoneOffset.UTC));
	}

	/**
	 * The order a sort parameter names for a filter.
	 * @param sort the parameter, null or blank for the filter's default
	 * @param filter the filter
	 * @return the order
	 * @throws BadRequestException for an unknown sort or one the filter does not offer
	 */
	public static InboxSort sort(@Nullable String sort, InboxFilter filter) {
		try {
			return InboxSort.ofParameter(sort, filter);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("SORT_UNKNOWN",
					"unknown sort '" + sort + "' for the filter '" + filter.parameter() + "'; use "
							+ InboxSort.choicesFor(filter)
								.stream()
								.map(InboxSort::parameter)
								.collect(java.util.stream.Collectors.joining(", ")));
		}
	}

	/**
	 * The assignment filter a parameter names.
	 * @param caller the viewer
	 * @param assigned {@code me}, {@code none}, {@code all} or null
	 * @return the filter, or null for every thread
	 * @throws BadRequestException for another value, or for a caller who is not a seller
	 */
	public static @Nullable InboxAssignment assignment(Caller caller, @Nullable String assigned) {
		if (assigned == null || assigned.isBlank() || assigned.equals("all")) {
			return null;
		}
		if (!caller.is(Role.SELLER)) {
			throw new BadRequestException("FILTER_NOT_FOR_ROLE", "only sellers' threads are assigned");
		}
		return switch (assigned) {
			case "me" -> InboxAssignment.mine((caller.member() != null) ? caller.member().value() : null);
			case "none" -> InboxAssignment.none();
			default -> throw new BadRequestException("ASSIGNED_UNKNOWN",
					"unknown assignment filter '" + assigned + "'; use me, none or all");
		};
	}

	private static InboxQuery query(Caller caller, @Nullable String filter, @Nullable String sort,
			@Nullable String search, @Nullable String from, @Nullable String to, @Nullable String cursor, int limit,
			ZoneId zone) {
		InboxFilter parsed;
		try {
			parsed = InboxFilter.ofParameter(filter);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("FILTER_UNKNOWN",
					"unknown filter '" + filter + "'; use all, unread, sent, needs-response, company or flagged");
		}
		String searchProblem = (search != null) ? searchProblem(search) : null;
		if (searchProblem != null) {
			throw new BadRequestException(SEARCH_INVALID, "the search text has " + searchProblem);
		}
		if (!parsed.appliesTo(caller.role())) {
			throw new BadRequestException("FILTER_NOT_FOR_ROLE", "the filter '" + parsed.parameter()
					+ "' is not available to " + caller.role().name().toLowerCase() + "s");
		}
		InboxSort order = sort(sort, parsed);
		try {
			return new InboxQuery(caller.id(), caller.role(), parsed, search, instant(from, false, zone),
					instant(to, true, zone), (cursor == null || cursor.isBlank()) ? null : cursor, limit, order);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException((ex.getMessage() != null && ex.getMessage().contains("date range"))
					? RANGE_REVERSED : "INBOX_QUERY_INVALID", ex.getMessage());
		}
	}

	/**
	 * Why a search text is refused.
	 * @param search the text as given
	 * @return a short reason, or null when it can be searched for
	 */
	public static @Nullable String searchProblem(String search) {
		String problem = InputText.problem(search);
		if (problem == null && search.strip().length() > InboxQuery.MAX_SEARCH) {
			problem = "more than " + InboxQuery.MAX_SEARCH + " characters";
		}
		return problem;
	}

	static @Nullable Instant instant(@Nullable String value, boolean endOfRange, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate date = LocalDate.parse(value);
				return (endOfRange ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
			}
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(DATE_INVALID, "'" + value + "' is not a date (2026-05-01) or an instant");
		}
	}

}
