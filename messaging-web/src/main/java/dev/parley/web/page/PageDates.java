package dev.parley.web.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as pages show them, in the viewer's language and time zone
 * ({@link ViewerZone}: chosen in the settings, UTC until then), with the zone named, and
 * relative forms ("2 h ago", "in 3 days") whose exact time goes into a {@code title}.
 * Templates call it as {@code ${@dates.dateTime(...)}}; the API keeps ISO-8601 UTC.
 */
@Component("dates")
public class PageDates {

	private static final long MINUTE = 60;

	private static final long HOUR = 60 * MINUTE;

	private static final long DAY = 24 * HOUR;

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	// Formatters per language, built once: an inbox page formats two times per row.
	private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> ZONES = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final Clock clock;

	PageDates(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A date and time in the viewer's zone, e.g. "May 3, 2026, 16:05 CEST".
	 * @param instant the time, or null
	 * @return the text, empty for null
	 */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		ZonedDateTime local = instant.atZone(ViewerZone.current());
		return dates(locale).format(local) + ", " + HOURS_MINUTES.format(local) + " " + zoneName(local, locale);
	}

	/**
	 * A date in the viewer's zone, e.g. "May 3, 2026".
	 * @param instant the time, or null
	 * @return the text, empty for null
	 */
	public String date(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant.atZone(ViewerZone.current()).toLocalDate());
	}

	public String date(LocalDate date) {
		return dates(LocaleContextHolder.getLocale()).format(date);
	}

	/**
	 * A time relative to now: "just now", "5 min ago", "2 h ago", "3 days ago", "in 4 h".
	 * @param instant the time, or null
	 * @return the text, empty for null
	 */
	public String relative(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		long seconds = Duration.between(this.clock.instant(), instant).getSeconds();
		boolean past = seconds <= 0;
		long abs = Math.abs(seconds);
		if (abs < MINUTE) {
			return text("time.now");
		}
		String unit;
		long amount;
		if (abs < HOUR) {
			unit = "min";
			amount = abs / MINUTE;
		}
		else if (abs < 2 * DAY) {
			unit = "hours";
			amount = abs / HOUR;
		}
		else {
			unit = "days";
			amount = abs / DAY;
		}
		return text("time." + unit + (past ? ".ago" : ".in"), amount);
	}

	/**
	 * A machine-readable time for {@code <time datetime>} and the countdown script.
	 * @param instant the time, or null
	 * @return ISO-8601, empty for null
	 */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

	private static String zoneName(ZonedDateTime local, Locale locale) {
		ZoneId zone = local.getZone();
		if (zone.equals(ZoneOffset.UTC) || "UTC".equals(zone.getId()) || "Etc/UTC".equals(zone.getId())) {
			return "UTC";
		}
		return ZONES.computeIfAbsent(locale, (l) -> DateTimeFormatter.ofPattern("zzz", l)).format(local);
	}

	private static DateTimeFormatter dates(Locale locale) {
		return DATES.computeIfAbsent(locale,
				(l) -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
