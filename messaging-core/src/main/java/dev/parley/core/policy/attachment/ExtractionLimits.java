package dev.parley.core.policy.attachment;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds every attachment is read under. A file that needs more is refused as
 * unreadable rather than checked in part: a contact detail on page 501 must not pass
 * because reading stopped at page 500.
 *
 * @param maxPages pages of a PDF, or page breaks plus one of a Word file
 * @param maxChars characters of text extracted from one file
 * @param maxInflatedBytes bytes decompressed from one file (ZIP entries of a
 * {@code .docx}, Flate streams of a PDF that text extraction decodes)
 * @param maxZipEntries entries in a {@code .docx}
 * @param maxExpansionRatio uncompressed to compressed size of one ZIP entry (checked for
 * entries over 1 MB uncompressed)
 * @param maxImagePixels pixels of an image, from its header (larger ones are not decoded)
 * @param qrPixels pixels an image is subsampled to before QR codes are searched for
 * @param maxDuration time to read one file
 */
public record ExtractionLimits(int maxPages, int maxChars, long maxInflatedBytes, int maxZipEntries,
		int maxExpansionRatio, long maxImagePixels, int qrPixels, Duration maxDuration) {

	public ExtractionLimits {
		Objects.requireNonNull(maxDuration, "maxDuration");
		if (maxPages < 1 || maxChars < 1 || maxInflatedBytes < 1 || maxZipEntries < 1 || maxExpansionRatio < 1
				|| maxImagePixels < 1 || qrPixels < 1 || maxDuration.isNegative() || maxDuration.isZero()) {
			throw new IllegalArgumentException("extraction limits must be positive");
		}
	}

	/**
	 * The defaults: 500 pages, 1,000,000 characters, 64 MB inflated, 2,000 ZIP entries,
	 * ratio 100, 100 megapixels, QR search on 4 megapixels, 2 seconds.
	 * @return the default limits
	 */
	public static ExtractionLimits defaults() {
		return new ExtractionLimits(500, 1_000_000, 64L * 1024 * 1024, 2_000, 100, 100_000_000L, 4_000_000,
				Duration.ofSeconds(2));
	}

	/**
	 * A copy with another time budget.
	 * @param duration the budget
	 * @return the copy
	 */
	public ExtractionLimits withMaxDuration(Duration duration) {
		return new ExtractionLimits(this.maxPages, this.maxChars, this.maxInflatedBytes, this.maxZipEntries,
				this.maxExpansionRatio, this.maxImagePixels, this.qrPixels, duration);
	}

}
