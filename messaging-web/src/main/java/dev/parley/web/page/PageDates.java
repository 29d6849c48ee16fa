package dev.parley.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as pages show them, in the viewer's language. Times are in UTC and say
 * so: the 24-hour clock counts the same for everybody. Templates call it as
 * {@code ${@dates.dateTime(...)}}.
 */
@Component("dates")
public class PageDates {

	/**
	 * A date and time, e.g. "May 3, 2026, 14:05 UTC".
	 * @param instant the time, or null
	 * @return the text, empty for null
	 */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(ZoneOffset.UTC)) + ", "
				+ DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZoneOffset.UTC)) + " UTC";
	}

	/**
	 * A date, e.g. "May 3, 2026".
	 * @param instant the time, or null
	 * @return the text, empty for null
	 */
	public String date(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant.atZone(ZoneOffset.UTC).toLocalDate());
	}

	public String date(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

	/**
	 * A machine-readable time for {@code <time datetime>} and the countdown script.
	 * @param instant the time, or null
	 * @return ISO-8601, empty for null
	 */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

}
