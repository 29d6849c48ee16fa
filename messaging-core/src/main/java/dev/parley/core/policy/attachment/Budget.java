package dev.parley.core.policy.attachment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of reading one file, counted as it goes: time, characters, pages and
 * inflated bytes. Not thread-safe: one per file, on one thread.
 * <p>
 * Time is the reading thread's CPU time (what the file costs the server, the same on an
 * idle and a busy machine), with ten times the budget in elapsed time as a backstop.
 */
final class Budget {

	private final ExtractionLimits limits;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

	private final long cpuDeadline;

	private final long wallDeadline;

	private final List<Extraction.Part> parts = new ArrayList<>();

	private int chars;

	private long inflated;

	Budget(ExtractionLimits limits) {
		this.limits = limits;
		long budget = limits.maxDuration().toNanos();
		this.cpuDeadline = CPU_TIME ? THREADS.getCurrentThreadCpuTime() + budget : 0;
		this.wallDeadline = System.nanoTime() + (CPU_TIME ? 10 * budget : budget);
	}

	ExtractionLimits limits() {
		return this.limits;
	}

	/** Refuses the file once the time budget is spent. */
	void checkTime() throws Refused {
		if (overTime()) {
			throw Refused.unreadable("time", this.limits.maxDuration().toMillis() + " ms");
		}
	}

	/** Time is up: for readers that poll (image decoding). */
	boolean overTime() {
		return System.nanoTime() - this.wallDeadline > 0
				|| (CPU_TIME && THREADS.getCurrentThreadCpuTime() - this.cpuDeadline > 0);
	}

	/** Counts decompressed bytes against the file's limit. */
	void inflated(long bytes) throws Refused {
		this.inflated += bytes;
		if (this.inflated > this.limits.maxInflatedBytes()) {
			throw Refused.unreadable("expansion", "more than " + this.limits.maxInflatedBytes() + " bytes");
		}
	}

	/** Refuses a file with more pages than the limit. */
	void pages(int pages) throws Refused {
		if (pages > this.limits.maxPages()) {
			throw Refused.unreadable("pages", Integer.toString(pages));
		}
	}

	/** Counts characters about to be extracted against the limit. */
	void chars(int count) throws Refused {
		this.chars += count;
		if (this.chars > this.limits.maxChars()) {
			throw Refused.unreadable("text", "more than " + this.limits.maxChars() + " characters");
		}
		checkTime();
	}

	/** Adds a part of text (blank ones are dropped). */
	void add(Extraction.PartKind kind, int number, String text) throws Refused {
		if (!text.isBlank()) {
			chars(text.length());
			this.parts.add(new Extraction.Part(kind, number, text));
		}
	}

	/** Adds text as pages, split at form feeds (hard page breaks of .txt and .doc). */
	void addPages(String text) throws Refused {
		int page = 1;
		int from = 0;
		for (int feed = text.indexOf('\f'); feed >= 0; feed = text.indexOf('\f', from)) {
			add(Extraction.PartKind.PAGE, page++, text.substring(from, feed));
			pages(page);
			from = feed + 1;
		}
		add(Extraction.PartKind.PAGE, page, text.substring(from));
	}

	List<Extraction.Part> parts() {
		return this.parts;
	}

}
