package dev.parley.core.inbox;

import java.util.Locale;

import dev.parley.core.account.Role;

/**
 * The inbox filters. Combinable with search and a date range on last activity.
 */
public enum InboxFilter {

	/** Every thread of the viewer, most recent activity first. */
	ALL,

	/** The other party wrote after the viewer's last read mark. */
	UNREAD,

	/** Threads where the viewer sent a message, by the viewer's latest send. */
	SENT,

	/**
	 * Seller only: a buyer message awaits a reply or a "No response needed" mark; most
	 * urgent due time first.
	 */
	NEEDS_RESPONSE,

	/** Threads with business buyers. */
	COMPANY,

	/** Admin: threads with open flags, most recent activity first. */
	FLAGGED;

	/**
	 * The name used in URLs and the API ({@code needs-response}).
	 * @return the parameter value
	 */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The filter for a URL or API parameter.
	 * @param parameter e.g. {@code needs-response}; null or blank means {@link #ALL}
	 * @return the filter
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static InboxFilter ofParameter(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return ALL;
		}
		return valueOf(parameter.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	/**
	 * Whether a role may use this filter.
	 * @param role the viewer's role
	 * @return true when the filter applies to that role's inbox
	 */
	public boolean appliesTo(Role role) {
		return switch (this) {
			case ALL, UNREAD, SENT -> role != Role.ADMIN || this == ALL;
			case NEEDS_RESPONSE, COMPANY -> role == Role.SELLER;
			case FLAGGED -> role == Role.ADMIN;
		};
	}

}
