package dev.parley.core.policy;

import dev.parley.core.conversation.Action;

/**
 * What a proactive message amounts to, for {@code THANK_YOU_ONLY} and
 * {@code REDUNDANT_CONFIRMATION}: whether it thanks, whether it confirms an order or a
 * shipment, and how many words are left that are neither (nor greetings, closings,
 * numbers or filler words). A handful of words is a name and a signature.
 *
 * @param thanks it thanks
 * @param confirms it confirms an order or shipment
 * @param substantiveWords the words that say something else
 */
record MessageGist(boolean thanks, boolean confirms, int substantiveWords) {

	/** At most this many other words (a name, a shop's name) and it says nothing else. */
	static final int MAX_OTHER_WORDS = 4;

	/**
	 * Whether a message can be judged at all: a proactive seller message with text and no
	 * attachments (an invoice with a thank-you note says something).
	 */
	static boolean applies(Inspection inspection) {
		return inspection.proactive() && inspection.action() != Action.REQUEST_REVIEW
				&& inspection.draft().attachments().isEmpty() && !inspection.text().isBlank();
	}

	static MessageGist of(TextUnit body) {
		NormalizedText text = body.normalized();
		boolean[] covered = new boolean[text.length()];
		boolean thanks = false;
		boolean confirms = false;
		for (PhraseIndex.Hit hit : body.phrases()) {
			switch (hit.category()) {
				case THANKS -> thanks = true;
				case CONFIRMATION -> confirms = true;
				case COURTESY -> {
				}
				default -> {
					continue;
				}
			}
			for (int i = hit.start(); i < hit.end(); i++) {
				covered[i] = true;
			}
		}
		int other = 0;
		String value = text.value();
		for (int token = 0; token < text.tokenCount(); token++) {
			int start = text.tokenStart(token);
			int end = text.tokenEnd(token);
			if (covered[start]) {
				continue;
			}
			boolean hasLetter = false;
			for (int i = start; i < end && !hasLetter; i++) {
				hasLetter = Character.isLetter(value.charAt(i));
			}
			boolean hasDigit = false;
			for (int i = start; i < end && !hasDigit; i++) {
				hasDigit = Character.isDigit(value.charAt(i));
			}
			if (!hasLetter || hasDigit || body.isFiller(start, end)) {
				// numbers, order ids and tracking numbers say nothing new either
				continue;
			}
			other++;
		}
		return new MessageGist(thanks, confirms, other);
	}

	boolean onlyThanks() {
		return this.thanks && !this.confirms && this.substantiveWords <= MAX_OTHER_WORDS;
	}

	boolean onlyConfirmation() {
		return this.confirms && this.substantiveWords <= MAX_OTHER_WORDS;
	}

}
