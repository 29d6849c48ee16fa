package dev.parley.core.policy.attachment;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What reading one attachment gave: its text in parts (pages, QR codes, links), or why it
 * is refused.
 *
 * @param parts the text, in reading order; empty when refused
 * @param refusal why the file is refused, or null
 */
public record Extraction(List<Part> parts, @Nullable Refusal refusal) {

	public Extraction {
		parts = List.copyOf(parts);
	}

	static Extraction of(List<Part> parts) {
		return new Extraction(parts, null);
	}

	static Extraction refused(Refusal refusal) {
		return new Extraction(List.of(), refusal);
	}

	/** Where in a file a piece of text was found. */
	public enum PartKind {

		/** A page (PDF page, Word page by its page breaks, the text of a .txt). */
		PAGE,

		/** Headers, footers, footnotes, endnotes and comments of a Word document. */
		OTHER_TEXT,

		/**
		 * The targets of the document's links (PDF link annotations, Word hyperlinks).
		 */
		LINKS,

		/** A QR code in an image. */
		QR_CODE

	}

	/**
	 * A piece of text.
	 *
	 * @param kind where it was found
	 * @param number the page or QR code, from 1
	 * @param text the text
	 */
	public record Part(PartKind kind, int number, String text) {

		public Part {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(text, "text");
		}

	}

	/** Why a file is refused. */
	public enum Reason {

		/** Macros, scripts, actions, external references, embedded files. */
		ACTIVE_CONTENT,

		/** The file cannot be read within the limits, or not at all. */
		UNREADABLE

	}

	/**
	 * A refusal.
	 *
	 * @param reason active content or unreadable
	 * @param variant what exactly (a suffix of the message key: {@code macro},
	 * {@code external}, {@code javascript}, {@code action}, {@code embedded};
	 * {@code expansion}, {@code entries}, {@code pages}, {@code text}, {@code time},
	 * {@code pixels}, {@code encrypted}, {@code corrupt})
	 * @param detail what was found, for the sender and the log (an entry name, a PDF key)
	 */
	public record Refusal(Reason reason, String variant, String detail) {

		public Refusal {
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(variant, "variant");
			Objects.requireNonNull(detail, "detail");
		}

	}

}
