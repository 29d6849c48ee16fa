package dev.parley.web.api;

import org.jspecify.annotations.Nullable;

/**
 * Page-size handling shared by the list endpoints.
 */
final class Paging {

	static final int DEFAULT_LIMIT = 25;

	static final int MAX_LIMIT = 100;

	private Paging() {
	}

	static int limit(@Nullable Integer requested) {
		if (requested == null) {
			return DEFAULT_LIMIT;
		}
		if (requested < 1 || requested > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
		}
		return requested;
	}

}
