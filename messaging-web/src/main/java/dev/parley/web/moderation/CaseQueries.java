package dev.parley.web.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.parley.core.account.Language;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.ThreadId;
import dev.parley.core.moderation.Cases;
import dev.parley.core.moderation.FlagSource;
import dev.parley.web.platform.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The review queue's parameters as pages and the API take them: filters, a search, the
 * order and an opaque cursor ({@code o.<micros>.<thread>} or
 * {@code s.<severity>.<micros>.<thread>}; anything else is a 400).
 */
public final class CaseQueries {

	private CaseQueries() {
	}

	/**
	 * The query of a queue page.
	 * @param rule a rule id, or null
	 * @param source a flag source, or null
	 * @param partyRole BUYER or SELLER, or null
	 * @param olderThanHours only cases whose oldest open flag is at least this old, or
	 * null
	 * @param language a language code, or null
	 * @param q search text, or null
	 * @param sort the order, or null for oldest first
	 * @param cursor the previous page's cursor, or null
	 * @param limit page size
	 * @param now the time
	 * @return the query
	 * @throws BadRequestException for a bad value
	 */
	public static Cases.Query query(@Nullable String rule, @Nullable FlagSource source, @Nullable Role partyRole,
			@Nullable Integer olderThanHours, @Nullable String language, @Nullable String q, Cases.@Nullable Order sort,
			@Nullable String cursor, int limit, Instant now) {
		if (partyRole != null && partyRole != Role.BUYER && partyRole != Role.SELLER) {
			throw new BadRequestException("PARTY_ROLE", "the party in question is a BUYER or a SELLER");
		}
		if (olderThanHours != null && (olderThanHours < 0 || olderThanHours > 24 * 3650)) {
			throw new BadRequestException("AGE", "olderThanHours is 0 to 87600");
		}
		String lang = blankToNull(language);
		if (lang != null) {
			try {
				lang = Language.of(lang.toLowerCase(Locale.ROOT)).code();
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("LANGUAGE", "unknown language: " + lang);
			}
		}
		String ruleId = blankToNull(rule);
		if (ruleId != null && !ruleId.matches("[A-Z_]{1,64}")) {
			throw new BadRequestException("RULE", "a rule id is upper-case letters and underscores");
		}
		String text = blankToNull(q);
		if (text != null && text.length() > 200) {
			throw new BadRequestException("SEARCH", "a search is at most 200 characters");
		}
		Cases.Order order = (sort != null) ? sort : Cases.Order.OLDEST;
		return new Cases.Query(ruleId, source, partyRole,
				(olderThanHours != null) ? now.minus(Duration.ofHours(olderThanHours)) : null, lang, text, order,
				cursor(cursor, order), limit);
	}

	/**
	 * The opaque form of a cursor.
	 * @param cursor the cursor
	 * @return its text
	 */
	public static String cursor(Cases.Cursor cursor) {
		Instant at = cursor.oldestOpenAt();
		long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
		return cursor.severity() + "." + micros + "." + cursor.thread().value();
	}

	private static Cases.@Nullable Cursor cursor(@Nullable String text, Cases.Order order) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.split("\\.");
		try {
			if (parts.length != 3) {
				throw new NumberFormatException();
			}
			int severity = Integer.parseInt(parts[0]);
			long micros = Long.parseLong(parts[1]);
			Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
					Math.floorMod(micros, 1_000_000L) * 1_000L);
			return new Cases.Cursor(severity, at, ThreadId.of(Long.parseLong(parts[2])));
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("CURSOR_INVALID", "the cursor is not one this queue gave out");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
