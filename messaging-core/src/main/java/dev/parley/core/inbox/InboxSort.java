package dev.parley.core.inbox;

import java.util.List;
import java.util.Locale;

/**
 * The orders an inbox page can be read in. Each is a keyset walk of an index, so every
 * order costs the same at any depth.
 */
public enum InboxSort {

	/** Most urgent due time first: only where every thread has one (needs response). */
	DUE_SOONEST,

	/** Most recent activity first (for "sent": the viewer's latest send). */
	NEWEST,

	/** Least recent activity first. */
	OLDEST;

	/**
	 * The name used in URLs and the API ({@code due-soonest}).
	 * @return the parameter value
	 */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The sort for a URL or API parameter.
	 * @param parameter e.g. {@code oldest}; null or blank means the filter's default
	 * @param filter the filter it orders
	 * @return the sort
	 * @throws IllegalArgumentException for an unknown name or one the filter cannot use
	 */
	public static InboxSort ofParameter(String parameter, InboxFilter filter) {
		if (parameter == null || parameter.isBlank()) {
			return defaultFor(filter);
		}
		InboxSort sort = valueOf(parameter.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		if (!sort.appliesTo(filter)) {
			throw new IllegalArgumentException("the sort " + sort.parameter() + " is not for " + filter.parameter());
		}
		return sort;
	}

	/**
	 * The order a filter is shown in unless another is chosen.
	 * @param filter the filter
	 * @return due soonest for "needs response", newest otherwise
	 */
	public static InboxSort defaultFor(InboxFilter filter) {
		return (filter == InboxFilter.NEEDS_RESPONSE) ? DUE_SOONEST : NEWEST;
	}

	/**
	 * Whether a filter can be read in this order: due times exist only where a buyer
	 * message awaits.
	 * @param filter the filter
	 * @return true when the filter's threads can be ordered so
	 */
	public boolean appliesTo(InboxFilter filter) {
		return this != DUE_SOONEST || filter == InboxFilter.NEEDS_RESPONSE;
	}

	/**
	 * The sorts a filter offers, its default first.
	 * @param filter the filter
	 * @return the choices
	 */
	public static List<InboxSort> choicesFor(InboxFilter filter) {
		return (filter == InboxFilter.NEEDS_RESPONSE) ? List.of(DUE_SOONEST, NEWEST, OLDEST) : List.of(NEWEST, OLDEST);
	}

}
