package dev.parley.core.policy;

import dev.parley.core.conversation.Action;

/**
 * What a proactive message amounts to, for {@code THANK_YOU_ONLY} and
 * {@code REDUNDANT_CONFIRMATION}: whether it thanks, whether it confirms an order or a
 * shipment, and whether it says anything else: a request, a question, a problem, an
 * instruction, a date (the lexicons' {@code substance} phrases, outside greetings and
 * closings). Short messages only: a long one says something.
 *
 * @param thanks it thanks
 * @param confirms it confirms an order or shipment
 * @param substance it asks, tells or explains something else
 * @param numbers it has numbers other than order ids
 * @param words how many words it has
 */
record MessageGist(boolean thanks, boolean confirms, boolean substance, boolean numbers, int words) {

	/** Longer messages say something. */
	static final int MAX_WORDS = 60;

	private static final java.util.regex.Pattern ORDER_ID = java.util.regex.Pattern.compile("\\d{3}-\\d{7}-\\d{7}");

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
		int words = 0;
		for (int token = 0; token < text.tokenCount(); token++) {
			if (Character.isLetter(text.charAt(text.tokenStart(token)))) {
				words++;
			}
		}
		if (words > MAX_WORDS) {
			// A longer message says something whatever its phrases, so they are not
			// looked up (a third of the rules' time on a 2 KB reply).
			return new MessageGist(false, false, true, false, words);
		}
		// what thanks and pleasantries cover, and the signature after the last closing
		boolean[] covered = new boolean[text.length() + 1];
		boolean thanks = false;
		boolean confirms = false;
		int signature = text.length();
		for (PhraseIndex.Hit hit : body.gistPhrases()) {
			if (hit.category() == PhraseIndex.Category.THANKS) {
				thanks = true;
			}
			else if (hit.category() == PhraseIndex.Category.CONFIRMATION) {
				confirms = true;
			}
			else if (hit.category() != PhraseIndex.Category.COURTESY) {
				continue;
			}
			if (hit.category() == PhraseIndex.Category.COURTESY && hit.start() > text.length() / 2) {
				signature = Math.min(signature, hit.end());
			}
			for (int i = hit.start(); i < hit.end(); i++) {
				covered[i] = true;
			}
		}
		boolean substance = text.value().indexOf('?') >= 0;
		for (PhraseIndex.Hit hit : body.gistPhrases()) {
			if (hit.category() == PhraseIndex.Category.SUBSTANCE && !covered[hit.start()] && hit.start() < signature) {
				substance = true;
			}
		}
		boolean numbers = false;
		String withoutIds = ORDER_ID.matcher(text.value()).replaceAll(" ");
		for (int i = 0; i < withoutIds.length() && !numbers; i++) {
			numbers = Character.isDigit(withoutIds.charAt(i));
		}
		return new MessageGist(thanks, confirms, substance, numbers, words);
	}

	boolean onlyThanks() {
		return this.thanks && !this.confirms && !this.substance && !this.numbers && this.words <= MAX_WORDS;
	}

	boolean onlyConfirmation() {
		return this.confirms && !this.substance && this.words <= MAX_WORDS;
	}

}
