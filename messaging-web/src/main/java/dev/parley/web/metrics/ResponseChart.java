package dev.parley.web.metrics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.core.metrics.ResponseTimes.DailyResponses;

/**
 * The performance chart's geometry, computed on the server and drawn as inline SVG: one
 * bar per day (or, for phones, per week) of the last 90 days for the answers, the part
 * answered within 24 hours drawn over it. No script, no chart library.
 *
 * @param id the chart's id (the page draws a wide and a phone chart; their ids differ)
 * @param width the view box width
 * @param height the view box height
 * @param baseline the y of the x axis
 * @param left the x of the y axis
 * @param max the highest daily count (the top of the y axis)
 * @param bars one bar per day, oldest first
 * @param first the first day
 * @param last the last day
 */
record ResponseChart(String id, int width, int height, int baseline, int left, long max, List<Bar> bars,
		LocalDate first, LocalDate last) {

	static final int DAYS = 90;

	static ResponseChart of(List<DailyResponses> daily, LocalDate today) {
		return of("chart-wide", daily, today, 720, 1);
	}

	/**
	 * The chart for phone widths: a narrower view box (its text is drawn at a readable
	 * size when the box is 360 px wide) with one bar per week.
	 */
	static ResponseChart phone(List<DailyResponses> daily, LocalDate today) {
		return of("chart-phone", daily, today, 360, 7);
	}

	private static ResponseChart of(String id, List<DailyResponses> daily, LocalDate today, int width, int perBar) {
		int height = 220;
		int left = 36;
		int top = 12;
		int baseline = height - 28;
		Map<LocalDate, DailyResponses> byDay = new HashMap<>();
		for (DailyResponses day : daily) {
			byDay.put(day.day(), day);
		}
		LocalDate first = today.minusDays(DAYS - 1);
		int count = (DAYS + perBar - 1) / perBar;
		long[] answered = new long[count];
		long[] within = new long[count];
		long max = 1;
		for (int i = 0; i < DAYS; i++) {
			DailyResponses responses = byDay.get(first.plusDays(i));
			if (responses != null) {
				answered[i / perBar] += responses.answered();
				within[i / perBar] += responses.within24h();
			}
			max = Math.max(max, answered[i / perBar]);
		}
		double slot = (width - left - 4) / (double) count;
		double scale = (baseline - top) / (double) max;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double x = left + 2 + i * slot;
			double barWidth = Math.max(1, slot - 1.5);
			double allHeight = answered[i] * scale;
			double withinHeight = within[i] * scale;
			bars.add(new Bar(first.plusDays((long) i * perBar), answered[i], within[i], round(x), round(barWidth),
					round(baseline - allHeight), round(allHeight), round(baseline - withinHeight),
					round(withinHeight)));
		}
		return new ResponseChart(id, width, height, baseline, left, max, bars, first, today);
	}

	static ResponseChart of(List<DailyResponses> daily, java.time.Instant now) {
		return of(daily, now.atZone(ZoneOffset.UTC).toLocalDate());
	}

	static ResponseChart phone(List<DailyResponses> daily, java.time.Instant now) {
		return phone(daily, now.atZone(ZoneOffset.UTC).toLocalDate());
	}

	public int top() {
		return 12;
	}

	public List<Bar> daysWithAnswers() {
		return this.bars.stream().filter((bar) -> bar.answered() > 0).toList();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One day's bar.
	 *
	 * @param day the day
	 * @param answered answers that day
	 * @param within24h of them, within 24 hours
	 * @param x left edge
	 * @param width bar width
	 * @param y top of the whole bar
	 * @param barHeight height of the whole bar
	 * @param withinY top of the within-24-hours part
	 * @param withinHeight its height
	 */
	record Bar(LocalDate day, long answered, long within24h, double x, double width, double y, double barHeight,
			double withinY, double withinHeight) {
	}

}
