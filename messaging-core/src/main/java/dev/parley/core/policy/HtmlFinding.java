package dev.parley.core.policy;

/**
 * Something in the raw HTML that a rule judges: a link that did not survive sanitizing,
 * or an image. Its span in the sanitized text comes from a marker the sanitizer left
 * where it was.
 *
 * @param kind what it is
 * @param url the link or image address as written (control characters removed)
 * @param marker the index of its marker
 */
record HtmlFinding(Kind kind, String url, int marker) {

	enum Kind {

		/** An {@code https} link to an allowed domain: it stays. */
		LINK_ALLOWED,

		/** An {@code https} link outside the allow-list. */
		LINK_EXTERNAL,

		/** An {@code http} link. */
		LINK_INSECURE,

		/**
		 * A link with another scheme ({@code javascript:}, {@code data:}, {@code ftp:}…).
		 */
		LINK_SCHEME,

		/** A {@code mailto:} link. */
		LINK_MAILTO,

		/** A {@code tel:} or {@code sms:} link. */
		LINK_TEL,

		/** An image loaded from the network. */
		IMAGE_REMOTE,

		/** A tiny or hidden image: a tracking pixel. */
		IMAGE_PIXEL,

		/** A CSS or {@code background} image. */
		IMAGE_CSS;

		boolean isLink() {
			return ordinal() <= LINK_TEL.ordinal();
		}

	}

}
