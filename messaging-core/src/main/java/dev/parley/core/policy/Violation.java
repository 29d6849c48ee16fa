package dev.parley.core.policy;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One rule hit.
 *
 * @param rule the rule
 * @param outcome what it does for this sender
 * @param messageKey the message-bundle key of the explanation that tells the sender what
 * to change
 * @param arguments the explanation's arguments
 * @param start start of the span in the plain text the sender sees (0 for the whole
 * message or the subject or an attachment); for a hit inside an attachment, in the text
 * of the part its {@code location} names
 * @param end end of the span (exclusive)
 * @param excerpt the text of the span (or the subject, or the attachment's file name)
 * @param location where in an attachment the hit is, or null for the message itself
 */
public record Violation(RuleId rule, Outcome outcome, String messageKey, List<Object> arguments, int start, int end,
		String excerpt, @Nullable Location location) {

	public Violation {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(excerpt, "excerpt");
		arguments = List.copyOf(arguments);
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
	}

	/**
	 * A hit in the message itself (body, subject, context), not inside an attachment.
	 */
	public Violation(RuleId rule, Outcome outcome, String messageKey, List<Object> arguments, int start, int end,
			String excerpt) {
		this(rule, outcome, messageKey, arguments, start, end, excerpt, null);
	}

	/**
	 * Where in an attachment a hit is: "in attachment invoice.pdf, page 2".
	 *
	 * @param attachment the file name
	 * @param part which part of the file
	 * @param number the page or QR code, from 1 (0 for the file name and the whole file)
	 */
	public record Location(String attachment, Part part, int number) {

		public Location {
			Objects.requireNonNull(attachment, "attachment");
			Objects.requireNonNull(part, "part");
		}

		/**
		 * The message-bundle key of the location's wording, with {@link #arguments()}.
		 * @return e.g. {@code policy.location.page}
		 */
		public String messageKey() {
			return "policy.location." + this.part.name().toLowerCase(java.util.Locale.ROOT);
		}

		/**
		 * The wording's arguments: the file name and the number.
		 * @return the arguments
		 */
		public List<Object> arguments() {
			return List.of(this.attachment, this.number);
		}

		/**
		 * In English, for logs and tests.
		 * @return e.g. {@code in attachment invoice.pdf, page 2}
		 */
		@Override
		public String toString() {
			return "in attachment " + this.attachment + switch (this.part) {
				case FILE -> "";
				case FILE_NAME -> ", file name";
				case PAGE -> ", page " + this.number;
				case OTHER_TEXT -> ", headers, footers or notes";
				case LINKS -> ", links";
				case QR_CODE -> ", QR code " + this.number;
			};
		}

		/** The parts of an attachment. */
		public enum Part {

			/** The file as a whole (active content, unreadable). */
			FILE,

			/** The file's name. */
			FILE_NAME,

			/** A page of its text. */
			PAGE,

			/** Headers, footers, footnotes, endnotes and comments. */
			OTHER_TEXT,

			/** The targets of its links. */
			LINKS,

			/** A QR code in an image. */
			QR_CODE

		}

	}

}
